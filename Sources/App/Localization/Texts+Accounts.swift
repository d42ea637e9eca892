extension Texts {
    enum Account {
        static var registerTitle: String { UIText.text("account.registerTitle") }
        static var registerIntro: String { UIText.text("account.registerIntro") }
        static var email: String { UIText.text("account.email") }
        static var emailHint: String { UIText.text("account.emailHint") }
        static var password: String { UIText.text("account.password") }
        static var passwordHint: String { UIText.text("account.passwordHint") }
        static var firstName: String { UIText.text("account.firstName") }
        static var firstNameHint: String { UIText.text("account.firstNameHint") }
        static var initial: String { UIText.text("account.initial") }
        static var initialHint: String { UIText.text("account.initialHint") }
        static var homeArea: String { UIText.text("account.homeArea") }
        static var homeAreaHint: String { UIText.text("account.homeAreaHint") }
        static var choose: String { UIText.text("account.choose") }
        static func districtGroup(_ name: String) -> String { UIText.text("account.districtGroup", ["name": "\(name)"]) }
        static var haveAccount: String { UIText.text("account.haveAccount") }
        static var login: String { UIText.text("account.login") }
        static var noAccount: String { UIText.text("account.noAccount") }
        static var forgotLink: String { UIText.text("account.forgotLink") }

        static var registeredTitle: String { UIText.text("account.registeredTitle") }
        static var registeredText: String { UIText.text("account.registeredText") }
        static var registeredNoMail: String { UIText.text("account.registeredNoMail") }
        static var verifiedNotice: String { UIText.text("account.verifiedNotice") }
        static var verifyInvalidTitle: String { UIText.text("account.verifyInvalidTitle") }
        static var verifyInvalid: String { UIText.text("account.verifyInvalid") }
        static var unverifiedHeading: String { UIText.text("account.unverifiedHeading") }
        static var unverifiedText: String { UIText.text("account.unverifiedText") }
        static var resendButton: String { UIText.text("account.resendButton") }
        static var resentNotice: String { UIText.text("account.resentNotice") }
        static var verificationRequired: String { UIText.text("account.verificationRequired") }

        static var loginTitle: String { UIText.text("account.loginTitle") }
        static var passwordMissing: String { UIText.text("account.passwordMissing") }
        static var wrongCredentials: String { UIText.text("account.wrongCredentials") }
        static func tooManyAttempts(_ time: String) -> String {
            UIText.text("account.tooManyAttempts", ["time": "\(time)"])
        }
        static var tooManyRegistrations: String { UIText.text("account.tooManyRegistrations") }
        static var tooManyRequests: String { UIText.text("account.tooManyRequests") }

        static var accountTitle: String { UIText.text("account.accountTitle") }
        static func hello(_ name: String) -> String { UIText.text("account.hello", ["name": "\(name)"]) }
        static var publicName: String { UIText.text("account.publicName") }
        static var yourArea: String { UIText.text("account.yourArea") }
        static var notGiven: String { UIText.text("account.notGiven") }
        static var roles: String { UIText.text("account.roles") }
        static var dataHeading: String { UIText.text("account.dataHeading") }
        static var download: String { UIText.text("account.download") }
        static var downloadFormat: String { UIText.text("account.downloadFormat") }
        static var changePassword: String { UIText.text("account.changePassword") }
        static var deleteAccount: String { UIText.text("account.deleteAccount") }
        static var logout: String { UIText.text("account.logout") }
        static var sessionsHeading: String { UIText.text("account.sessionsHeading") }
        static func sessionsText(_ count: Int) -> String {
            UIText.plural("account.sessionsText", count: count)
        }
        static var logoutEverywhere: String { UIText.text("account.logoutEverywhere") }
        static var logoutEverywhereHint: String { UIText.text("account.logoutEverywhereHint") }
        static var languageHeading: String { UIText.text("account.languageHeading") }
        static var languageLabel: String { UIText.text("account.languageLabel") }
        static var languageSave: String { UIText.text("account.languageSave") }
        static var languageSaved: String { UIText.text("account.languageSaved") }
        static var languageUnknown: String { UIText.text("account.languageUnknown") }

        static var passwordTitle: String { UIText.text("account.passwordTitle") }
        static var passwordChanged: String { UIText.text("account.passwordChanged") }
        static var currentPassword: String { UIText.text("account.currentPassword") }
        static var newPassword: String { UIText.text("account.newPassword") }
        static var newPasswordHint: String { UIText.text("account.newPasswordHint") }
        static var currentWrong: String { UIText.text("account.currentWrong") }
        static var newSameAsOld: String { UIText.text("account.newSameAsOld") }
        static var backToAccount: String { UIText.text("account.backToAccount") }

        static var forgotTitle: String { UIText.text("account.forgotTitle") }
        static var forgotIntro: String { UIText.text("account.forgotIntro") }
        static var forgotButton: String { UIText.text("account.forgotButton") }
        static var forgotSent: String { UIText.text("account.forgotSent") }
        static var forgotKiosk: String { UIText.text("account.forgotKiosk") }
        static var resetTitle: String { UIText.text("account.resetTitle") }
        static var resetButton: String { UIText.text("account.resetButton") }
        static var resetDone: String { UIText.text("account.resetDone") }
        static var resetInvalid: String { UIText.text("account.resetInvalid") }

        static var unlockTitle: String { UIText.text("account.unlockTitle") }
        static var unlockDone: String { UIText.text("account.unlockDone") }
        static var unlockInvalid: String { UIText.text("account.unlockInvalid") }

        static var deleteTitle: String { UIText.text("account.deleteTitle") }
        static var deleteIntro: String { UIText.text("account.deleteIntro") }
        static var deleteConfirm: String { UIText.text("account.deleteConfirm") }
        static var deleteButton: String { UIText.text("account.deleteButton") }
        static var deleteWrong: String { UIText.text("account.deleteWrong") }
        static var cancelDelete: String { UIText.text("account.cancelDelete") }
        static var deletedTitle: String { UIText.text("account.deletedTitle") }
        static var deletedHeading: String { UIText.text("account.deletedHeading") }
        static var deletedText: String { UIText.text("account.deletedText") }
        static var exportNote: String { UIText.text("account.exportNote") }

        static var kioskTitle: String { UIText.text("account.kioskTitle") }
        static var kioskIntro: String { UIText.text("account.kioskIntro") }
        static var kioskEmail: String { UIText.text("account.kioskEmail") }
        static var kioskPresent: String { UIText.text("account.kioskPresent") }
        static var kioskPresentMissing: String { UIText.text("account.kioskPresentMissing") }
        static var kioskButton: String { UIText.text("account.kioskButton") }
        static var kioskUnknown: String { UIText.text("account.kioskUnknown") }
        static var kioskCodeHeading: String { UIText.text("account.kioskCodeHeading") }
        static var kioskCodeText: String { UIText.text("account.kioskCodeText") }
    }

    enum AccountMail {
        static var verifySubject: String { UIText.text("accountMail.verifySubject") }
        static func verifyText(_ name: String) -> String {
            UIText.text("accountMail.verifyText", ["name": "\(name)"])
        }
        static var existingSubject: String { UIText.text("accountMail.existingSubject") }
        static var existingText: String { UIText.text("accountMail.existingText") }
        static var resetSubject: String { UIText.text("accountMail.resetSubject") }
        static var resetText: String { UIText.text("accountMail.resetText") }
        static var unlockSubject: String { UIText.text("accountMail.unlockSubject") }
        static var unlockText: String { UIText.text("accountMail.unlockText") }
        static var kioskSubject: String { UIText.text("accountMail.kioskSubject") }
        static var kioskText: String { UIText.text("accountMail.kioskText") }
        static var passwordChangedSubject: String { UIText.text("accountMail.passwordChangedSubject") }
        static var passwordChangedText: String { UIText.text("accountMail.passwordChangedText") }
    }
}
