import Segmentation
import Testing

@Suite("Redaction")
struct RedactorTests {
    @Test(arguments: [
        ("NHS number 943 476 5919 was recorded.", "NHS number [REDACTED:nhs-number] was recorded."),
        ("NHS number 943 476 5918 is not valid.", "NHS number 943 476 5918 is not valid."),
        ("Call 01632 960123 or +44 7700 900123.", "Call [REDACTED:phone] or [REDACTED:phone]."),
        ("Email a.smith@nhs.example.uk today.", "Email [REDACTED:email] today."),
        ("DOB: 12/03/1987; seen on 04/05/2023.", "DOB: [REDACTED:date-of-birth]; seen on 04/05/2023."),
        ("She was born on 3 March 1987 in Leeds.", "She was born on [REDACTED:date-of-birth] in Leeds."),
        ("Her D.O.B. is 01.02.1990 and her date of birth was confirmed.", "Her D.O.B. is [REDACTED:date-of-birth] and her date of birth was confirmed."),
        ("Lives at 1 High Street, LS1 4AP.", "Lives at [REDACTED:address], [REDACTED:postcode]."),
        // Names after a title; initials are already anonymous and stay.
        ("Mrs Sarah O'Neill rang Dr. Patel about Mr Smith's leave.", "Mrs [REDACTED:name] rang Dr. [REDACTED:name] about Mr [REDACTED:name]'s leave."),
        ("Mr A's sister and Ms K were not consulted; Adult D was.", "Mr A's sister and Ms K were not consulted; Adult D was."),
        ("Professor Alan Brown chaired it with Cllr Jones and the team.", "Professor [REDACTED:name] chaired it with Cllr [REDACTED:name] and the team."),
        ("Mr JK attended. The Mental Health Act applied.", "Mr JK attended. The Mental Health Act applied."),
        // Street addresses need a house number, a capitalised name and a street type.
        ("He moved to 14a Rose Lane in 2021 under section 3 of the Act.", "He moved to [REDACTED:address] in 2021 under section 3 of the Act."),
        ("The NHS Five Year Forward View (2014) and Ward 7 Green Lane.", "The NHS Five Year Forward View (2014) and Ward [REDACTED:address]."),
        // Record numbers after their label.
        ("Hospital number RX123456; MRN: 00123; case number is 2023/441.", "Hospital number [REDACTED:record-number]; MRN: [REDACTED:record-number]; case number is [REDACTED:record-number]."),
        ("Seen by the CMHT in 2023 at Ward 7.", "Seen by the CMHT in 2023 at Ward 7."),
    ])
    func redactsIdentifiers(_ input: String, _ expected: String) {
        #expect(Redactor().redact(input) == expected)
    }

    @Test func redactsListedNamesAsWholeWords() {
        let redactor = Redactor(names: ["Jane Doe", "Smith"])
        #expect(redactor.redact("Jane Doe met Mr Smith and Smithson.") == "[REDACTED:name] met Mr [REDACTED:name] and Smithson.")
    }
}
