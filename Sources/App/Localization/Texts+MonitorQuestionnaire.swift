extension Texts.Monitor {
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
