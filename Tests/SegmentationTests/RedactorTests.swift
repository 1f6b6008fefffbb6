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
        ("Lives at 1 High Street, LS1 4AP.", "Lives at 1 High Street, [REDACTED:postcode]."),
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
