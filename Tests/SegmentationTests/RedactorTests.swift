import Foundation
@testable import Segmentation
import TestSupport
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
        // Names the prefilter must not miss: an apostrophe after the capital, a non-ASCII letter; titles as written.
        ("Mr O'Neill attended the meeting.", "Mr [REDACTED:name] attended the meeting."),
        ("Dr Müller reviewed the notes.", "Dr [REDACTED:name] reviewed the notes."),
        ("Mrs Élise Martin was informed.", "Mrs [REDACTED:name] was informed."),
        ("Meetings were held on MS Teams; the Lord Chancellor agreed.", "Meetings were held on MS Teams; the Lord Chancellor agreed."),
        // A street type that ends the passage.
        ("He then moved in with his aunt at 14 Rose Lane", "He then moved in with his aunt at [REDACTED:address]"),
        // Street addresses need a house number, a capitalised name and a street type.
        ("He moved to 14a Rose Lane in 2021 under section 3 of the Act.", "He moved to [REDACTED:address] in 2021 under section 3 of the Act."),
        ("The NHS Five Year Forward View (2014) and Ward 7 Green Lane.", "The NHS Five Year Forward View (2014) and Ward [REDACTED:address]."),
        // Record numbers after their label.
        ("Hospital number RX123456; MRN: 00123; case number is 2023/441.", "Hospital number [REDACTED:record-number]; MRN: [REDACTED:record-number]; case number is [REDACTED:record-number]."),
        ("Seen by the CMHT in 2023 at Ward 7.", "Seen by the CMHT in 2023 at Ward 7."),
        // Full names without a title: a common given name, then one or two capitalised words.
        ("Jane Williams attended with Mohammed Khan's brother.", "[REDACTED:name] attended with [REDACTED:name]'s brother."),
        ("Mrs Jane Mary Williams-Brown and Siobhan O'Neill were told.", "Mrs [REDACTED:name] and [REDACTED:name] were told."),
        ("Jane said she had moved; JANE WILLIAMS in capitals and Janet Smithson.", "Jane said she had moved; [REDACTED:name] in capitals and [REDACTED:name]."),
        // In capitals the whole name is in capitals; places, roles and initials stay as they do in mixed case.
        ("REVIEW OF THE CARE OF JANE O'BRIEN-SMITH AT THE JOHN RADCLIFFE HOSPITAL", "REVIEW OF THE CARE OF [REDACTED:name] AT THE JOHN RADCLIFFE HOSPITAL"),
        ("JANE SOCIAL WORKER, JANE A and JANE Williams were told.", "JANE SOCIAL WORKER, JANE A and JANE Williams were told."),
        // Places and services named after people, given names that are ordinary words, and two spaces, stay.
        ("Admitted to the John Radcliffe Hospital, then Victoria Ward and Mary Seacole House.", "Admitted to the John Radcliffe Hospital, then Victoria Ward and Mary Seacole House."),
        ("In May Social Services agreed. Will Smith and Grace Williams.", "In May Social Services agreed. Will Smith and Grace Williams."),
        ("Jane  Williams and Jane Social Worker.", "Jane  Williams and Jane Social Worker."),
        ("Queen Elizabeth The Queen Mother Hospital and Florence Nightingale Ward.", "Queen Elizabeth The Queen Mother Hospital and Florence Nightingale Ward."),
        // Common surnames that are also place words are surnames after a given name.
        ("Emma Hall, Peter Green, Sarah Hill, John Day and Tom Ward were told.", "[REDACTED:name], [REDACTED:name], [REDACTED:name], [REDACTED:name] and [REDACTED:name] were told."),
        // Given names written with accents fold to the gazetteer's spelling; surname particles join the name.
        ("Sinéad O'Connor's mother and Zoë Thompson were told; José Martínez too.", "[REDACTED:name]'s mother and [REDACTED:name] were told; [REDACTED:name] too."),
        ("Łukasz Nowak rang Małgorzata Kowalska and Özlem Yılmaz.", "[REDACTED:name] rang [REDACTED:name] and [REDACTED:name]."),
        ("Maria da Silva, Anna van der Berg and Ahmed al Hassan attended.", "[REDACTED:name], [REDACTED:name] and [REDACTED:name] attended."),
        ("Sarah de-escalated it; Jane la and Maria de NHS stayed; the café and Zoë stayed.", "Sarah de-escalated it; Jane la and Maria de NHS stayed; the café and Zoë stayed."),
        // Police ranks in capitals are titles; "PC" before capitals or a number is not.
        ("PC Anderson and DS Clarke attended with Sgt Patel; the PC SERVICES desk and PC 4411 did not.", "PC [REDACTED:name] and DS [REDACTED:name] attended with Sgt [REDACTED:name]; the PC SERVICES desk and PC 4411 did not."),
        ("The DC Summary was late; the DS Team and the PC Network met; he used the PC In the office.", "The DC Summary was late; the DS Team and the PC Network met; he used the PC In the office."),
        ("Did Emma do Level 2 training? Ben ten Times said so.", "Did Emma do Level 2 training? Ben ten Times said so."),
        // Accents written as combining marks (decomposed text) fold the same way.
        ("Sine\u{0301}ad O'Connor and Zoe\u{0308} Thompson attended.", "[REDACTED:name] and [REDACTED:name] attended."),
        ("They moved from Los Angeles County in 2019.", "They moved from Los Angeles County in 2019."),
    ])
    func redactsIdentifiers(_ input: String, _ expected: String) {
        #expect(Redactor().redact(input) == expected)
    }

    /// The byte prefilters only skip scanners that would find nothing: every gold passage (and variants with the
    /// identifiers these tests use) redacts the same with them as with every scanner run.
    @Test func prefiltersNeverSkipAnIdentifier() throws {
        let gold = try String(contentsOf: Fixtures.root.appendingPathComponent("Corpus/gold.jsonl"), encoding: .utf8)
        var texts: [String] = []
        for line in gold.split(separator: "\n") {
            if let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], let text = object["text"] as? String {
                texts.append(text)
            }
        }
        let identifiers = ["Mr O'Neill", "Dr Müller", "Mrs Élise Martin", "at 14 Rose Lane", "hospital number RX12",
                           "MRN 0012", "DOB 01/02/1990", "born on 3 March 1987", "LS6 2QT", "07700 900123", "a@b.example.org",
                           "Jane Williams", "Aisha Khan's", "Peter Émile", "Maria da Silva", "PC Anderson", "Sinéad O'Connor",
                           "Zoë Thompson's", "Sine\u{0301}ad O'Connor"]
        for (index, text) in texts.enumerated() {
            let variant = text + " " + identifiers[index % identifiers.count]
            for input in [text, variant] {
                #expect(Redactor().redact(input) == Redactor().redact(input, prefilter: false), "\(input)")
            }
        }
        #expect(texts.count > 1000)
    }

    /// Every given name of the gazetteer, before a surname, at the start of a passage, after a word, before a
    /// possessive or punctuation: the prefilter lets each through exactly when the scanner redacts it.
    @Test func prefilterAgreesWithTheFullNameScannerForEveryGivenName() {
        var redacted = 0
        for name in GivenNames.list.split(whereSeparator: \.isWhitespace) {
            for text in ["\(name) Williams was seen.", "Seen by \(name) O'Brien's team", "with \(name) Émile.", "\(name) Hall",
                         "\(name) da Silva and \(name) van der Berg", "\(name) was not seen",
                         "\(name.uppercased()) WILLIAMS WAS SEEN"] {
                let output = Redactor().redact(text)
                #expect(output == Redactor().redact(text, prefilter: false), "\(text)")
                if output.contains("[REDACTED:name]") { redacted += 1 }
            }
        }
        #expect(redacted > 10_000)
    }

    @Test func redactsListedNamesAsWholeWords() {
        let redactor = Redactor(names: ["Jane Doe", "Smith"])
        #expect(redactor.redact("Jane Doe met Mr Smith and Smithson.") == "[REDACTED:name] met Mr [REDACTED:name] and Smithson.")
    }

    @Test(arguments: [
        ("Jane Doe's care plan", "[REDACTED:name]'s care plan"),
        ("Smith\u{2019}s mother", "[REDACTED:name]\u{2019}s mother"),
        ("the Smiths' house and SMITH's car", "the Smiths' house and [REDACTED:name]'s car"),
        ("Ms O\u{2019}Neill-Jones and O'Neill", "Ms [REDACTED:name] and [REDACTED:name]"),
        ("Smith-Jones and Smithson's son", "Smith-Jones and Smithson's son"),
        ("Ward 7 saw Doe, Jane twice", "Ward 7 saw Doe, Jane twice"),
        ("He stayed at St John's for a week", "He stayed at [REDACTED:name] for a week"),
    ])
    func redactsListedNamesInThePossessive(input: String, expected: String) {
        let redactor = Redactor(names: ["Jane Doe", "Smith", "O\u{2019}Neill-Jones", "O'Neill", "St John's"])
        #expect(redactor.redact(input) == expected)
        #expect(redactor.redact(input, prefilter: false) == expected)
    }
}
