/// German text of the Einsamkeitsmonitor: the default questionnaire and every word of the survey and monitor pages.
extension German {
    enum Monitor {
        // MARK: navigation and titles

        static let nav = "Einsamkeitsmonitor"
        static let surveyNav = "Umfrage"
        static let kioskNav = "Umfrage-Bögen eingeben"
        static let dashboardTitle = "Einsamkeitsmonitor"
        static let gapsTitle = "Lückenanalyse: Wo fehlt es am meisten?"
        static let freeTextsTitle = "Freitexte prüfen"
        static let manageTitle = "Fragebogen und Befragungswellen"
        static let surveyTitle = "Umfrage: Wie geht es Ihnen in Ihrem Quartier?"
        static let paperTitle = "Fragebogen zum Ausdrucken"
        static let thanksTitle = "Vielen Dank!"
        static let kioskTitle = "Papierbögen und Kiosk-Antworten eingeben"
        static let sampleBanner =
            "Beispieldaten: Diese Antworten sind erfunden und dienen nur zur Vorführung. Sie sagen nichts über Dortmund aus."

        // MARK: survey page

        static let noWaveHeading = "Zurzeit läuft keine Befragung"
        static let noWave =
            "Im Moment sammeln wir keine Antworten. Die nächste Befragung kündigen wir hier und in den Seniorenbüros an."
        static func wavePeriod(_ name: String, _ from: String, _ to: String) -> String {
            "\(name): Sie können vom \(from) bis zum \(to) teilnehmen."
        }
        static let paperLink = "Fragebogen zum Ausdrucken (Papierfassung)"
        static let consentHeading = "Einverständnis"
        static let consentMissing = "Bitte bestätigen Sie, dass Sie mit der Teilnahme einverstanden sind."
        static let kioskConsent = "Die ausfüllende Person hat eingewilligt (auf dem Papierbogen oder mündlich am Kiosk)."
        static let submit = "Antworten absenden"
        static let optionalNote = "Alle Fragen sind freiwillig. Sie können jede Frage überspringen."
        static let codeLabel = "Zugangscode"
        static let codeHintOptional =
            "Nur wenn Sie einen Code auf Papier bekommen haben (zum Beispiel am Kiosk). Sonst lassen Sie das Feld leer."
        static let codeHintRequired = "Für diese Befragung brauchen Sie den Code, den Sie auf Papier bekommen haben."
        static let codeMissing = "Bitte geben Sie Ihren Zugangscode ein."
        static let codeInvalid = "Diesen Zugangscode kennen wir nicht, oder er wurde schon benutzt."
        static let panelHeading = "Später noch einmal teilnehmen (freiwillig)"
        static let panelIntro =
            "Wenn Sie später noch einmal an einer Befragung teilnehmen, können wir – ohne zu wissen, wer Sie sind – "
            + "vergleichen, ob sich etwas verändert hat. Dazu bekommen Sie einen persönlichen Code, den nur Sie kennen."
        static let panelNew = "Ja, ich möchte einen persönlichen Code für eine spätere Befragung."
        static let panelCodeLabel = "Persönlicher Code aus einer früheren Befragung"
        static let panelCodeHint = "Nur wenn Sie schon einmal teilgenommen und sich einen Code notiert haben."
        static let panelPaperNote =
            "Einen neuen persönlichen Code für eine spätere Befragung bekommen Sie bei der Teilnahme im Internet."
        static let panelCodeInvalid = "Diesen persönlichen Code kennen wir nicht. Bitte prüfen Sie die Schreibweise oder lassen Sie das Feld leer."
        static let panelCodeUsed = "Mit diesem persönlichen Code wurde in dieser Befragung schon geantwortet."
        static let streetLabel = "oder Ihre Straße"
        static let streetHint = "Ohne Hausnummer. Wir speichern nur das Quartier, nicht die Straße."
        static let quartierPlaceholder = "Quartier wählen (oder unten die Straße eingeben)"
        static let streetUnknown = "Diese Straße haben wir nicht gefunden. Bitte prüfen Sie die Schreibweise oder wählen Sie das Quartier aus der Liste."
        static func streetAmbiguous(_ street: String) -> String {
            "Die \(street) liegt in mehreren Quartieren. Bitte wählen Sie Ihr Quartier aus der Liste."
        }
        static let invalidEncoding = "Die Eingabe enthält ungültige Zeichen (keine gültige UTF-8-Kodierung)."
        static let invalidChoice = "Bitte wählen Sie eine der angebotenen Antworten."
        static func requiredAnswer(_ text: String) -> String { "Bitte beantworten Sie die Frage „\(text)“." }
        static let multipleHint = "Mehrere Antworten möglich."
        static let helpLine =
            "Wenn Sie sich gerade sehr einsam fühlen oder mit jemandem sprechen möchten: Die Telefonseelsorge ist rund um die "
            + "Uhr kostenlos und anonym erreichbar unter 0800 111 0 111 und 0800 111 0 222."

        static let thanksText = "Ihre Antworten sind angekommen. Vielen Dank, dass Sie sich die Zeit genommen haben!"
        static let thanksNext = "Was es in Ihrer Nachbarschaft schon gibt, finden Sie über die Suche nach Ihrem Quartier."
        static let panelCodeHeading = "Ihr persönlicher Code"
        static let panelCodeShown =
            "Bitte notieren Sie sich diesen Code oder drucken Sie diese Seite aus. Wir zeigen ihn nur dieses eine Mal "
            + "und können ihn nicht wiederherstellen, weil wir nicht wissen, wer Sie sind."

        // MARK: paper version

        static let paperIntro =
            "Diese Papierfassung enthält genau dieselben Fragen wie die Umfrage im Internet. Kreuzen Sie bitte jeweils "
            + "ein Kästchen an (bei „mehrere Antworten möglich“ auch mehrere). Geben Sie den Bogen im Seniorenbüro, im "
            + "Stadtteilbüro oder am Kiosk ab."
        static let paperCodeLine = "Zugangscode (falls vorhanden): ______________________"
        static let paperConsentLine = "☐ "
        static let paperAreaLine = "Name Ihres Quartiers oder Ihre Straße (ohne Hausnummer): ____________________________"
        static let paperTextLines = 4
        static let printHint = "Drucken Sie diese Seite mit der Druckfunktion Ihres Browsers (Strg + P)."

        // MARK: kiosk entry

        static let kioskIntro =
            "Hier tragen Sie ausgefüllte Papierbögen und Antworten ein, die Besucherinnen und Besucher am Kiosk gegeben "
            + "haben. Es wird nicht gespeichert, wer die Antworten eingegeben hat."
        static let kioskChannelLabel = "Woher kommen die Antworten?"
        static let channelPaper = "Papierbogen"
        static let channelKiosk = "am Kiosk gemeinsam ausgefüllt"
        static let channelOnline = "online"
        static let kioskDateLabel = "Datum auf dem Bogen (TT.MM.JJJJ)"
        static let kioskDateHint = "Nur das Datum, keine Uhrzeit. Leer lassen für heute."
        static let kioskDateInvalid = "Bitte geben Sie ein gültiges Datum im Zeitraum der Befragung ein (TT.MM.JJJJ), nicht in der Zukunft."
        static let kioskSaved = "Der Bogen wurde gespeichert. Sie können den nächsten eingeben."
        static let kioskSubmit = "Bogen speichern"

        // MARK: dashboard

        static let waveLabel = "Befragungswelle"
        static let outcomeLabel = "Messgröße"
        static let areaLabel = "Gebiet"
        static let wholeCity = "ganze Stadt"
        static let showButton = "Anzeigen"
        static let noWaves = "Es gibt noch keine Befragungswelle. Legen Sie unter „Fragebogen und Befragungswellen“ eine an."
        static let noAnswers = "Für diese Welle gibt es noch keine Antworten."
        static let methodHeading = "So wurde gerechnet"
        static let suppressionNote =
            "Zahlen zu Gruppen mit weniger als 10 Antworten zeigen wir nicht („unter 10“). Damit sie sich nicht aus "
            + "Summen zurückrechnen lassen, blenden wir wenn nötig weitere Zahlen aus („ausgeblendet“)."
        static let unweighted = "Ungewichtet: Es gibt keine passenden Bevölkerungszahlen für die Gewichtung."
        static let weightingFailed = "Die Gewichtung ist fehlgeschlagen; die Zahlen sind deshalb ungewichtet:"
        static let headlineHeading = "Auf einen Blick"
        static let barometerNote =
            "Zum Vergleich: Einsamkeitsbarometer des Bundes 2021 (UCLA-3, Mittelwert über „manchmal“): 11,3 % der Erwachsenen."
        static let barometerShort = "Bund 2021: 11,3 %"
        static let districtsHeading = "Stadtbezirke"
        static let quartiereHeading = "Quartiere"
        static let ageHeading = "Nach Altersgruppe"
        static let riskHeading = "Nach Lebenslage"
        static let riskIntro = "Anteil bei Menschen, auf die die Lebenslage zutrifft („ja“), und bei allen anderen („nein“)."
        static let channelHeading = "Antworten nach Gebiet und Weg"
        static let wishesHeading = "Was sich die Menschen wünschen"
        static let wishesIntro = "Anteil der Antwortenden, die den Wunsch genannt haben (gewichtet), nach Häufigkeit geordnet."
        static let panelResultHeading = "Vorher – nachher (Panel)"
        static let csvLink = "Tabelle als CSV herunterladen"
        static let suppressedTooFew = "unter 10"
        static let suppressedComplementary = "ausgeblendet"
        static let mapNote =
            "Schraffierte Gebiete: zu wenige Antworten für eine Schätzung. Die Zahlen stehen in der Tabelle neben der Karte."
        static let ciNote =
            "95-%-Konfidenzintervall (95-%-KI): Der wahre Wert liegt mit hoher Wahrscheinlichkeit in diesem Bereich."
        static let freeTextsLink = "Freitexte"
        static let gapsLink = "Lückenanalyse"
        static let manageLink = "Fragebogen und Befragungswellen"
        static let forbiddenArea = "Dieses Gebiet gehört nicht zu Ihren Quartieren."

        // MARK: gap analysis

        static let gapsIntro =
            "Bedarf: geschätzte Zahl einsamkeitsbelasteter Menschen im Quartier (geschätzter Anteil × Einwohnerzahl). "
            + "Angebot: je 1.000 Einwohner*innen. Beides wird als Rang unter den Quartieren verglichen (0 = niedrigster, "
            + "1 = höchster Wert); die Lücke ist Bedarfsrang minus Angebotsrang. Oben stehen die Quartiere, in denen viel "
            + "Bedarf auf wenig Angebot trifft."
        static let gapsPopulationNote =
            "Bezugsgröße ist die gesamte Einwohnerzahl des Quartiers, weil Zahlen für Erwachsene je Quartier nicht vorliegen. "
            + "Wo für ein Quartier zu wenige Antworten vorliegen, nehmen wir den Anteil seines Stadtbezirks (gekennzeichnet)."
        static let indicatorsHeading = "Welche Angebote zählen"
        static let gapsMapCaption = "Lücke je Quartier (dunkler = größere Lücke)"

        // MARK: free texts

        static let freeTextsIntro =
            "Freitexte erscheinen in Auswertungen erst, wenn jemand von der Koordinierungsstelle sie geprüft hat. Bitte "
            + "geben Sie nur Texte frei, die keine Namen, Adressen oder andere Hinweise auf Personen enthalten."
        static let pendingHeading = "Noch zu prüfen"
        static let approvedHeading = "Freigegeben"
        static let approve = "Freigeben"
        static let reject = "Nicht freigeben"
        static let noPending = "Es gibt keine ungeprüften Freitexte."
        static let noApproved = "Es gibt noch keine freigegebenen Freitexte."
        static let freeTextAreaNote =
            "Das Quartier nennen wir nur, wenn es dort mindestens 10 Antworten gibt; sonst den Stadtbezirk oder kein Gebiet."

        // MARK: management

        static let questionnairesHeading = "Fragebögen"
        static let wavesHeading = "Befragungswellen"
        static let newWaveHeading = "Neue Befragungswelle"
        static let codesHeading = "Einmal-Codes für Papier und Kiosk"
        static let marginsHeading = "Bevölkerungszahlen für die Gewichtung"
        static let marginsIntro =
            "Laden Sie amtliche Tabellen als CSV mit den Spalten variable,category,population hoch. Variablen: "
            + "stadtbezirk (Name oder Nummer des Stadtbezirks), altersgruppe (18-29, 30-44, 45-64, 65-79, 80+), "
            + "geschlecht (weiblich, männlich, divers). Ohne hochgeladene Zahlen gewichten wir nach den Einwohnerzahlen "
            + "der Stadtbezirke aus der Geografie."
        static let builtinMargins = "Einwohnerzahlen der Stadtbezirke (aus der Geografie)"
        static let newVersionHeading = "Neue Fragebogen-Version (JSON)"
        static let newVersionIntro =
            "Laden Sie die aktuelle Fassung als JSON herunter, ändern Sie Wortlaute und laden Sie sie als neue Version hoch. "
            + "Schlüssel der Standardfragen (z. B. ucla1, alter, quartier) bitte nicht ändern, sonst fehlen sie in der Auswertung."
    }
}

extension German.Monitor {
    /// The default questionnaire (version 1 of the family „einsamkeit“).
    static let defaultQuestionnaire: Questionnaire = {
        typealias Q = Questionnaire.Question
        typealias O = Questionnaire.Option
        let often: [O] = [O(key: "1", label: "nie"), O(key: "2", label: "selten"), O(key: "3", label: "manchmal"),
                          O(key: "4", label: "oft"), O(key: "5", label: "sehr oft")]
        let djg: [O] = [O(key: "ja", label: "ja"), O(key: "mehr_oder_weniger", label: "mehr oder weniger"),
                        O(key: "nein", label: "nein")]
        let yesNo: [O] = [O(key: "ja", label: "ja"), O(key: "nein", label: "nein"),
                          O(key: "keine_angabe", label: "Das möchte ich nicht sagen.")]
        return Questionnaire(
            title: "Wie geht es Ihnen in Ihrem Quartier?",
            intro: [
                "Die Koordinierungsstelle Einsamkeit der Stadt Dortmund möchte wissen: Wie geht es den Menschen in ihren "
                    + "Quartieren? Wer fühlt sich einsam – und wo? Und was wünschen Sie sich für Ihre Nachbarschaft?",
                "Die Befragung richtet sich an Menschen ab 18 Jahren und dauert etwa 10 Minuten. Alle Fragen sind "
                    + "freiwillig – Sie können jede Frage überspringen.",
                "Ihre Antworten sind anonym. Wir fragen nicht nach Ihrem Namen oder Ihrer Adresse, nur nach Ihrem "
                    + "Quartier. Wir speichern weder Ihre IP-Adresse noch die Uhrzeit, nur das Datum, und Sie brauchen kein "
                    + "Konto. Ergebnisse zeigen wir nur für Gruppen mit mindestens 10 Antworten, damit niemand erkannt werden kann.",
                "Ihre Antwort auf die offene Frage am Ende lesen Mitarbeitende der Koordinierungsstelle, bevor sie in "
                    + "Auswertungen erscheint. Bitte schreiben Sie dort keine Namen, Adressen oder Telefonnummern.",
                "Verantwortlich ist die Stadt Dortmund, Koordinierungsstelle Einsamkeit. Mehr dazu in der Datenschutzerklärung.",
            ],
            consent: "Ich habe die Hinweise gelesen. Ich nehme freiwillig teil und bin einverstanden, dass meine Antworten "
                + "ohne meinen Namen ausgewertet werden.",
            sections: [
                .init(heading: "Ihr Quartier", intro: nil, questions: [
                    Q(key: QuestionKey.quartier, type: .area, text: "In welchem Quartier wohnen Sie?",
                      hint: "Wählen Sie Ihr Quartier aus der Liste oder geben Sie Ihre Straße ein.", options: nil,
                      maxLength: nil, required: nil),
                ]),
                .init(heading: "Wie geht es Ihnen?", intro: "Die nächsten Fragen beziehen sich auf Ihr Leben in letzter Zeit.", questions: [
                    Q(key: "ucla1", type: .scale, text: "Wie oft haben Sie das Gefühl, dass Ihnen die Gesellschaft anderer fehlt?",
                      hint: nil, options: often, maxLength: nil, required: nil),
                    Q(key: "ucla2", type: .scale, text: "Wie oft haben Sie das Gefühl, dass Sie außen vor sind?",
                      hint: nil, options: often, maxLength: nil, required: nil),
                    Q(key: "ucla3", type: .scale, text: "Wie oft haben Sie das Gefühl, dass Sie sozial isoliert sind?",
                      hint: nil, options: often, maxLength: nil, required: nil),
                ]),
                .init(heading: "Aussagen über Ihr Leben",
                      intro: "Bitte geben Sie an, inwieweit die folgenden Aussagen auf Sie zutreffen.", questions: [
                    Q(key: "djg_e1", type: .singleChoice, text: "Ich erlebe eine allgemeine Leere um mich herum.",
                      hint: nil, options: djg, maxLength: nil, required: nil),
                    Q(key: "djg_e2", type: .singleChoice, text: "Ich vermisse Menschen um mich herum.",
                      hint: nil, options: djg, maxLength: nil, required: nil),
                    Q(key: "djg_e3", type: .singleChoice, text: "Ich fühle mich oft im Stich gelassen.",
                      hint: nil, options: djg, maxLength: nil, required: nil),
                    Q(key: "djg_s1", type: .singleChoice,
                      text: "Es gibt genug Menschen, auf die ich zurückgreifen kann, wenn ich Probleme habe.",
                      hint: nil, options: djg, maxLength: nil, required: nil),
                    Q(key: "djg_s2", type: .singleChoice, text: "Es gibt viele Menschen, denen ich voll und ganz vertrauen kann.",
                      hint: nil, options: djg, maxLength: nil, required: nil),
                    Q(key: "djg_s3", type: .singleChoice, text: "Es gibt genug Menschen, mit denen ich mich eng verbunden fühle.",
                      hint: nil, options: djg, maxLength: nil, required: nil),
                ]),
                .init(heading: "Einsamkeit", intro: nil, questions: [
                    Q(key: QuestionKey.direct, type: .scale, text: "Wie oft fühlen Sie sich einsam?", hint: nil,
                      options: [O(key: "1", label: "nie"), O(key: "2", label: "selten"), O(key: "3", label: "manchmal"),
                                O(key: "4", label: "oft"), O(key: "5", label: "immer")],
                      maxLength: nil, required: nil),
                ]),
                .init(heading: "Ihre Nachbarschaft", intro: nil, questions: [
                    Q(key: QuestionKey.neighbourContact, type: .singleChoice,
                      text: "Wie oft sprechen Sie mit Menschen aus Ihrer Nachbarschaft?", hint: nil,
                      options: [O(key: "taeglich", label: "(fast) täglich"),
                                O(key: "woechentlich", label: "mindestens einmal pro Woche"),
                                O(key: "monatlich", label: "mindestens einmal im Monat"),
                                O(key: "seltener", label: "seltener"), O(key: "nie", label: "nie")],
                      maxLength: nil, required: nil),
                    Q(key: QuestionKey.wishes, type: .multipleChoice,
                      text: "Was würde Ihnen helfen, in Ihrer Nachbarschaft mit anderen in Kontakt zu kommen?", hint: nil,
                      options: [O(key: "treffpunkt", label: "ein Treffpunkt in der Nähe"),
                                O(key: "brett", label: "ein Schwarzes Brett für die Nachbarschaft"),
                                O(key: "nachbarschaftshilfe", label: "Nachbarschaftshilfe"),
                                O(key: "feste", label: "Feste und Feiern in der Nachbarschaft"),
                                O(key: "baenke", label: "Sitzbänke zum Ausruhen und Plaudern"),
                                O(key: "begleitung", label: "Begleitung zu Terminen oder Veranstaltungen"),
                                O(key: "sprache", label: "Sprachangebote und Sprachcafés"),
                                O(key: "digital", label: "Hilfe mit Smartphone und Internet"),
                                O(key: "bewegung", label: "gemeinsame Bewegung und Spaziergänge"),
                                O(key: "kultur", label: "Kultur- und Freizeitangebote"),
                                O(key: "anderes", label: "etwas anderes")],
                      maxLength: nil, required: nil),
                ]),
                .init(heading: "Über Sie",
                      intro: "Diese Angaben helfen, die Ergebnisse richtig zu gewichten und zu erkennen, wer besonders "
                        + "betroffen ist. Auch hier ist jede Frage freiwillig.", questions: [
                    Q(key: QuestionKey.age, type: .singleChoice, text: "Wie alt sind Sie?", hint: nil,
                      options: [O(key: "18-29", label: "18 bis 29 Jahre"), O(key: "30-44", label: "30 bis 44 Jahre"),
                                O(key: "45-64", label: "45 bis 64 Jahre"), O(key: "65-79", label: "65 bis 79 Jahre"),
                                O(key: "80+", label: "80 Jahre oder älter")],
                      maxLength: nil, required: nil),
                    Q(key: QuestionKey.gender, type: .singleChoice, text: "Welchem Geschlecht fühlen Sie sich zugehörig?",
                      hint: nil,
                      options: [O(key: "weiblich", label: "weiblich"), O(key: "maennlich", label: "männlich"),
                                O(key: "divers", label: "divers"), O(key: "keine_angabe", label: "Das möchte ich nicht sagen.")],
                      maxLength: nil, required: nil),
                    Q(key: QuestionKey.livingAlone, type: .singleChoice, text: "Leben Sie allein in Ihrer Wohnung?",
                      hint: nil, options: yesNo, maxLength: nil, required: nil),
                    Q(key: QuestionKey.work, type: .singleChoice, text: "Was beschreibt Ihre Situation zurzeit am besten?",
                      hint: nil,
                      options: [O(key: "erwerbstaetig", label: "Ich bin erwerbstätig."),
                                O(key: "ausbildung", label: "Ich bin in Schule, Ausbildung oder Studium."),
                                O(key: "arbeitsuchend", label: "Ich suche Arbeit."),
                                O(key: "rente", label: "Ich bin in Rente oder Pension."),
                                O(key: "familie", label: "Ich kümmere mich um Haushalt, Kinder oder Angehörige."),
                                O(key: "anderes", label: "etwas anderes"),
                                O(key: "keine_angabe", label: "Das möchte ich nicht sagen.")],
                      maxLength: nil, required: nil),
                    Q(key: QuestionKey.moneyWorries, type: .singleChoice,
                      text: "Machen Sie sich häufig Sorgen, ob Ihr Geld bis zum Monatsende reicht?",
                      hint: nil, options: yesNo, maxLength: nil, required: nil),
                    Q(key: QuestionKey.migration, type: .singleChoice,
                      text: "Sind Sie selbst nach Deutschland eingewandert oder geflüchtet?",
                      hint: nil, options: yesNo, maxLength: nil, required: nil),
                    Q(key: QuestionKey.disability, type: .singleChoice,
                      text: "Haben Sie eine Behinderung oder eine lang andauernde Erkrankung, die Sie im Alltag einschränkt?",
                      hint: nil, options: yesNo, maxLength: nil, required: nil),
                    Q(key: QuestionKey.singleParent, type: .singleChoice,
                      text: "Erziehen Sie allein ein oder mehrere Kinder unter 18 Jahren?",
                      hint: nil, options: yesNo, maxLength: nil, required: nil),
                ]),
                .init(heading: "Ihre Worte", intro: nil, questions: [
                    Q(key: QuestionKey.freeText, type: .shortText,
                      text: "Möchten Sie uns noch etwas sagen? Was fehlt Ihnen in Ihrer Nachbarschaft?",
                      hint: "Bitte nennen Sie keine Namen, Adressen oder Telefonnummern.", options: nil,
                      maxLength: 1000, required: nil),
                ]),
            ])
    }()
}
