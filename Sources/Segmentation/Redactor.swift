import DocumentModel

/// Replaces identifiers in passage text with `[REDACTED:kind]` before anything is classified or written, so
/// evidence offsets always refer to the redacted text: e-mail addresses, NHS numbers (10 digits with a valid
/// modulus-11 check digit), UK phone numbers, dates of birth (a date after "DOB", "date of birth" or "born"),
/// UK postcodes, street addresses ("14 Rose Lane"), hospital and record numbers after their label, people's names
/// after a title ("Mrs Sarah O'Neill" → "Mrs [REDACTED:name]"; an initial such as "Mr A" or "Ms K" is already
/// anonymous and stays), full names without a title (a common given name, then one or two capitalised words:
/// "Jane Williams"; see `GivenNames`), and names from an optional list. Hand-written scanners, no regular
/// expressions: passages without a digit, `@`, a title, a given name before a capital or a listed name are returned
/// untouched at the cost of one scan.
public struct Redactor: Sendable {
    private let names: [[String]]
    private let nameFirstWords: Set<String>

    /// `names`: people's names to remove wherever they appear (case-insensitive, whole words).
    public init(names: [String] = []) {
        // Split as passages are split (`words`), so a listed "St John's" is "st" "john" "s" on both sides.
        let split = names.map { name -> [String] in
            let characters = Array(Self.nameKey(name))
            return Self.words(characters).map { String(characters[$0]) }
        }.filter { !$0.isEmpty }
        self.names = split.sorted { $0.count > $1.count }
        nameFirstWords = Set(split.compactMap(\.first))
    }

    /// What distinguishes this redactor's output from another's (part of cache keys).
    public var fingerprint: String {
        "redact-v9-" + SHA256.hex(Array((names.map { $0.joined(separator: " ") }.joined(separator: "\n") + "\n" + GivenNames.fingerprint).utf8)).prefix(16)
    }

    public func redact(_ text: String) -> String { redact(text, prefilter: true) }

    /// `prefilter: false` runs every scanner on every passage: the reference the prefilters are tested against.
    func redact(_ text: String, prefilter: Bool) -> String {
        // Byte-level prefilters decide which scanners can possibly match; most passages need none. One pass, no
        // allocation: each ASCII word is packed 5 bits a letter (its first 12 letters) to compare with the titles,
        // record labels and street types the scanners look for.
        var digits = 0, hasAt = false, postcodeShape = false, addressShape = false, streetType = false
        var titled = false, recordLabel = false, fullName = false
        // givenState: 1 a given name ("Jane") and one space just ended (or a surname particle after one: "Maria da "):
        // a capital next makes a possible full name; 2 a lower-case word after it, perhaps a particle.
        var givenState = 0
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0, third: UInt8 = 0
        var word: UInt64 = 0, wordLength = 0, wordCapitalised = false, wordRestLower = true, wordUpper = false, previousWord: UInt64 = 0
        // Titles, as written ("Mr", "Dr", not "MS Teams"), then spaces or one full stop, then a name: a capital
        // followed by a lower-case or non-ASCII letter ("Mr Smith", "Dr Müller"), or a capital, an apostrophe and a
        // capital ("Mr O'Neill"), or a non-ASCII letter ("Mrs Élise"). An initial ("Mr A", "Mr A's") is not a name.
        // titleState: 1 a title just ended; 2 the next word began with a capital; 3 that capital was followed by "'".
        var titleState = 0
        func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
        for byte in text.utf8 {
            // A letter of Latin-1 or Latin Extended-A ("é", "ë", "ł", "ş"): the full-name scanner folds accents to
            // find "Sinéad", "Zoë", "Łukasz" as "Sinead", "Zoe", "Lukasz" (rare in review prose: scanning is cheap).
            // Combining accents (0xCC, 0xCD: "e" then U+0301, text in decomposed form) fold the same way.
            if byte >= 0xC3 && byte <= 0xC5 || byte == 0xCC || byte == 0xCD { fullName = true }
            if givenState == 1 {
                if byte <= 90 && byte >= 65 || byte >= 0xC0 {
                    fullName = true  // a capital (or any non-ASCII letter)
                    givenState = 0
                } else {
                    givenState = byte >= 97 && byte <= 122 ? 2 : 0  // perhaps a surname particle ("Maria da Silva")
                }
            }
            if Self.isASCIILetter(byte) {
                if wordLength == 0 {
                    wordCapitalised = byte <= 90 && !isDigit(previous)
                    wordRestLower = true
                    wordUpper = byte <= 90
                    switch titleState {
                    case 1: titleState = byte <= 90 ? 2 : 0
                    case 3: if byte <= 90 { titled = true }; titleState = 0
                    default: titleState = 0
                    }
                } else {
                    if byte <= 90 { wordRestLower = false } else { wordUpper = false }
                    if wordLength == 1, titleState == 2 {
                        if byte >= 97 { titled = true }
                        titleState = 0
                    }
                }
                if wordLength < 12 { word = word << 5 | UInt64(byte | 0x20 - 96) }
                wordLength += 1
                if byte <= 90, previous == 32, isDigit(beforePrevious) || Self.isASCIILetter(beforePrevious) && isDigit(third) {
                    // "14 Rose", "14a Rose": a number (and a letter), a space, a capital.
                    addressShape = true
                }
            } else {
                if wordLength > 0 {
                    let known = wordLength <= 12
                    if known, wordCapitalised, byte == 32 || byte == 46,
                       wordRestLower && Self.titleCodes.contains(word) || wordUpper && Self.rankCodes.contains(word) {
                        titleState = 1
                    } else if titleState == 2, wordLength == 1 {
                        // A lone capital then a non-ASCII byte ("Müller", a curly apostrophe) or "'" ("O'Neill").
                        if byte >= 0x80 { titled = true; titleState = 0 } else { titleState = byte == 39 ? 3 : 0 }
                    } else {
                        titleState = 0
                    }
                    if known, wordLength <= 6, Self.recordLabelCodes.contains(word) || Self.recordLabelPairs.contains(Pair(first: previousWord, second: word)) {
                        recordLabel = true
                    }
                    if known, wordCapitalised, Self.streetTypeCodes.contains(word) { streetType = true }
                    // "Jane " or, in capitals, "JANE " (a heading, a name written out in full).
                    if known, wordCapitalised, wordRestLower || wordUpper && wordLength >= 2, byte == 32, GivenNames.codes.contains(word) {
                        givenState = 1
                    } else if givenState == 2 {
                        givenState = byte == 32 && Self.particleCodes.contains(word) ? 1 : 0
                    }
                    previousWord = known ? word : 0
                } else if titleState == 1 {
                    if byte >= 0x80 { titled = true; titleState = 0 } else if byte != 32, byte != 46 || previous == 46 { titleState = 0 }
                } else {
                    titleState = 0
                }
                word = 0
                wordLength = 0
                if isDigit(byte) {
                    digits += 1
                    if previous >= 65 && previous <= 90 { postcodeShape = true }
                } else if byte == 64 {
                    hasAt = true
                }
            }
            third = beforePrevious
            beforePrevious = previous
            previous = byte
        }
        // The last word has no byte after it: a street type can end a passage ("… at 14 Rose Lane").
        if wordLength > 0, wordLength <= 12, wordCapitalised, Self.streetTypeCodes.contains(word) { streetType = true }
        let phones = digits >= 10, birth = digits >= 4 && Self.mentionsBirth(text)
        let records = digits > 0 && recordLabel
        let address = addressShape && streetType
        guard !prefilter || phones || birth || postcodeShape || hasAt || titled || fullName || address || records || !names.isEmpty else {
            return text
        }
        var chars = Array(text)
        var spans: [(Range<Int>, String)] = []
        if hasAt || !prefilter { spans += emails(chars) }
        if phones || !prefilter { spans += digitRuns(chars) }
        if birth || !prefilter { spans += datesOfBirth(chars) }
        if postcodeShape || !prefilter { spans += postcodes(chars) }
        if titled || fullName || address || records || !prefilter {
            let words = Self.words(chars)  // split once for the word-level scanners
            if titled || !prefilter { spans += titledNames(chars, words) }
            if fullName || !prefilter { spans += fullNames(chars, words) }
            if address || !prefilter { spans += addresses(chars, words) }
            if records || !prefilter { spans += recordNumbers(chars, words) }
        }
        if !names.isEmpty { spans += nameSpans(chars) }
        guard !spans.isEmpty else { return text }
        var kept: [(Range<Int>, String)] = []
        for span in spans.sorted(by: { $0.0.lowerBound < $1.0.lowerBound || ($0.0.lowerBound == $1.0.lowerBound && $0.0.count > $1.0.count) })
        where !kept.contains(where: { $0.0.overlaps(span.0) }) {
            kept.append(span)
        }
        for (range, kind) in kept.reversed() { chars.replaceSubrange(range, with: Array("[REDACTED:\(kind)]")) }
        return String(chars)
    }
}

extension Redactor {
    func emails(_ c: [Character]) -> [(Range<Int>, String)] {
        var result: [(Range<Int>, String)] = []
        for (i, ch) in c.enumerated() where ch == "@" {
            var start = i
            while start > 0, Self.isLocal(c[start - 1]) { start -= 1 }
            var end = i + 1
            while end < c.count, c[end].isLetter || c[end].isNumber || c[end] == "." || c[end] == "-" { end += 1 }
            while end > i + 1, c[end - 1] == "." { end -= 1 }
            if start < i, c[(i + 1)..<end].contains(".") { result.append((start..<end, "email")) }
        }
        return result
    }

    static func isLocal(_ ch: Character) -> Bool { ch.isLetter || ch.isNumber || ".%+_-".contains(ch) }

    /// Runs of digits joined by single spaces, hyphens or brackets: NHS numbers and UK phone numbers.
    func digitRuns(_ c: [Character]) -> [(Range<Int>, String)] {
        var result: [(Range<Int>, String)] = []
        var i = 0
        while i < c.count {
            let plus = c[i] == "+" && i + 1 < c.count && c[i + 1].isNumber
            guard c[i].isASCII && (c[i].isNumber || plus || c[i] == "("), i == 0 || !(c[i - 1].isLetter || c[i - 1].isNumber) else { i += 1; continue }
            var digits = ""
            var j = i
            var last = i
            while j < c.count {
                if c[j].isASCII && c[j].isNumber { digits.append(c[j]); last = j; j += 1 }
                else if (c[j] == " " || c[j] == "-" || c[j] == "(" || c[j] == ")" || (c[j] == "+" && j == i)), j + 1 < c.count,
                        c[j + 1].isNumber || c[j + 1] == "(" || c[j + 1] == " " && c[j] == ")" { j += 1 }
                else { break }
                if digits.count > 13 { break }
            }
            let end = last + 1
            if end < c.count, c[end].isLetter || c[end].isNumber { i = end; continue }
            if digits.count == 10, Self.validNHSNumber(digits) {
                result.append((i..<end, "nhs-number"))
            } else if Self.looksLikeUKPhone(digits, international: plus || c[i] == "+") {
                result.append((i..<end, "phone"))
            }
            i = max(end, i + 1)
        }
        return result
    }

    static func validNHSNumber(_ digits: String) -> Bool {
        let d = digits.compactMap(\.wholeNumberValue)
        guard d.count == 10, Set(d).count > 1 else { return false }
        let sum = (0..<9).reduce(0) { $0 + d[$1] * (10 - $1) }
        let check = 11 - sum % 11
        return (check == 11 ? 0 : check) == d[9] && check != 10
    }

    static func looksLikeUKPhone(_ digits: String, international: Bool) -> Bool {
        if international || digits.hasPrefix("44") { return digits.hasPrefix("44") && (11...12).contains(digits.count) }
        return digits.hasPrefix("0") && !digits.hasPrefix("00") && (10...11).contains(digits.count)
    }

    /// Cheap byte test before the date-of-birth scan: "dob", "d.o.b", "birth" or "born", any case.
    static func mentionsBirth(_ text: String) -> Bool {
        // The last four bytes, lower-cased, in one register (oldest in the high byte).
        var last: UInt32 = 0
        for byte in text.utf8 {
            last = last << 8 | UInt32(byte | 0x20)
            let three = last & 0xFF_FFFF
            if three == 0x64_6F62 || three == 0x2E_6F2E { return true }        // "dob", ".o."
            if last == 0x626F_726E || last == 0x6972_7468 { return true }       // "born", "irth"
        }
        return false
    }

    /// A date (`12/03/1987`, `12-03-87`, `3 March 1987`) within a few words after "DOB", "date of birth" or "born".
    func datesOfBirth(_ c: [Character]) -> [(Range<Int>, String)] {
        let lower = String(c).lowercased()
        let lowerChars = Array(lower)
        guard lowerChars.count == c.count else { return [] }
        var result: [(Range<Int>, String)] = []
        for cue in ["dob", "d.o.b", "date of birth", "born"] {
            var from = lower.startIndex
            while let range = lower.range(of: cue, range: from..<lower.endIndex) {
                from = range.upperBound
                let start = lower.distance(from: lower.startIndex, to: range.lowerBound)
                let end = lower.distance(from: lower.startIndex, to: range.upperBound)
                guard start == 0 || !lowerChars[start - 1].isLetter, end >= c.count || !lowerChars[end].isLetter else { continue }
                if let date = Self.date(in: c, from: end, within: 24) { result.append((date, "date-of-birth")) }
            }
        }
        return result
    }

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func date(in c: [Character], from: Int, within: Int) -> Range<Int>? {
        var i = from
        while i < min(c.count, from + within) {
            if c[i].isNumber, i == 0 || !c[i - 1].isNumber {
                var j = i
                var groups = 0, digitsInGroup = 0
                while j < c.count, c[j].isNumber || c[j] == "/" || c[j] == "-" || c[j] == "." {
                    if c[j].isNumber { digitsInGroup += 1 } else { groups += 1; digitsInGroup = 0 }
                    j += 1
                }
                if groups == 2 { return i..<j }
                // "3 March 1987"
                var k = j
                while k < c.count, c[k] == " " { k += 1 }
                let word = String(c[k..<min(c.count, k + 3)]).lowercased()
                if months.contains(word) {
                    var m = k
                    while m < c.count, c[m].isLetter { m += 1 }
                    while m < c.count, c[m] == " " || c[m] == "," { m += 1 }
                    var y = m
                    while y < c.count, c[y].isNumber { y += 1 }
                    if y - m == 4 { return i..<y }
                }
                i = j
            }
            i += 1
        }
        return nil
    }

    /// UK postcodes: outward code (`A9`, `A99`, `A9A`, `AA9`, `AA99`, `AA9A`), a space, inward code (`9AA`).
    func postcodes(_ c: [Character]) -> [(Range<Int>, String)] {
        var result: [(Range<Int>, String)] = []
        var i = 0
        while i < c.count {
            guard c[i].isUppercase, c[i].isASCII, i == 0 || !(c[i - 1].isLetter || c[i - 1].isNumber) else { i += 1; continue }
            var j = i
            while j < c.count, j - i < 4, c[j].isASCII, c[j].isUppercase || c[j].isNumber { j += 1 }
            let outward = String(c[i..<j])
            if Self.isOutward(outward), j + 4 <= c.count, c[j] == " " {
                let inward = String(c[(j + 1)..<(j + 4)])
                let after = j + 4
                if Self.isInward(inward), after == c.count || !(c[after].isLetter || c[after].isNumber) {
                    result.append((i..<after, "postcode"))
                    i = after
                    continue
                }
            }
            i = max(j, i + 1)
        }
        return result
    }

    static func isOutward(_ s: String) -> Bool {
        let a = Array(s)
        guard (2...4).contains(a.count), a[0].isLetter else { return false }
        let letters = a.prefix { $0.isLetter }.count
        guard (1...2).contains(letters), letters < a.count, a[letters].isNumber else { return false }
        let rest = a[(letters + 1)...]
        return rest.count <= 1 && rest.allSatisfy { $0.isNumber || $0.isLetter }
    }

    static func isInward(_ s: String) -> Bool {
        let a = Array(s)
        return a.count == 3 && a[0].isNumber && a[1].isLetter && a[2].isLetter && a[1].isUppercase && a[2].isUppercase
    }

    /// Listed names as whole words, possessives included ("Smith's" → "[REDACTED:name]'s"): the passage's words are
    /// split as the other word-level scanners split them, and curly apostrophes compare as straight ones.
    func nameSpans(_ c: [Character]) -> [(Range<Int>, String)] {
        let words = Self.words(c).map { (Self.nameKey(String(c[$0])), $0) }
        var result: [(Range<Int>, String)] = []
        for (index, word) in words.enumerated() where nameFirstWords.contains(word.0) {
            for name in names where index + name.count <= words.count
                && zip(name, words[index..<(index + name.count)]).allSatisfy({ $0 == $1.0 }) {
                result.append((word.1.lowerBound..<words[index + name.count - 1].1.upperBound, "name"))
                break
            }
        }
        return result
    }

    /// How a listed name and a passage's word are compared: lower case, curly apostrophes straightened.
    static func nameKey(_ word: String) -> String { word.lowercased().replacingOccurrences(of: "\u{2019}", with: "'") }

    /// A word packed as the prefilter packs it (lower-case ASCII letters, 5 bits each).
    static func code(_ word: String) -> UInt64 { word.utf8.reduce(0) { $0 << 5 | UInt64($1 | 0x20 - 96) } }
    static let titleCodes: Set<UInt64> = Set(titles.map(code))
    static let rankCodes: Set<UInt64> = Set(ranks.map(code))
    static let particleCodes: Set<UInt64> = Set(particles.map(code))
    /// The record labels as the prefilter sees them: one-word labels, and two-word labels as (first, second) codes.
    struct Pair: Hashable { var first: UInt64; var second: UInt64 }
    static let recordLabelCodes: Set<UInt64> = Set(recordLabels.filter { $0.count == 1 }.map { code($0[0]) })
    static let recordLabelPairs: Set<Pair> = Set(recordLabels.filter { $0.count == 2 }.map { Pair(first: code($0[0]), second: code($0[1])) })
    static let streetTypeCodes: Set<UInt64> = Set(streetTypes.map(code))

    static func isASCIILetter(_ byte: UInt8) -> Bool { byte | 0x20 >= 97 && byte | 0x20 <= 122 }
    /// Titles before a person's name ("Lord" and "Lady" are left out: "Lord Chancellor", "Lady Justice").
    static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame",
                                      "rev", "revd", "reverend", "cllr", "councillor", "sgt", "insp", "supt"]
    /// Police ranks written in capitals before a name ("PC Anderson", "DS Clarke"); "PC" alone or before a word in
    /// capitals ("PC SERVICES") is not a title.
    static let ranks: Set<String> = ["pc", "dc", "ds", "di", "dci", "dsupt", "pcso", "sgt"]
    /// Words that follow "PC", "DC" or "DS" as abbreviations, not ranks ("DC Summary", "the PC In the office").
    static let notNamesAfterRank: Set<String> = ["in", "on", "at", "to", "of", "for", "and", "or", "the", "was", "is", "with",
                                                 "summary", "network", "system", "systems", "support", "office", "desk",
                                                 "software", "screen", "access", "login", "meeting", "meetings"]

    /// Words of the text: letters with inner apostrophes and hyphens ("O'Neill", "Smith-Jones").
    static func words(_ c: [Character]) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var i = 0
        while i < c.count {
            guard c[i].isLetter || c[i].isNumber else { i += 1; continue }
            var j = i
            while j < c.count, c[j].isLetter || c[j].isNumber
                    || ("'’-".contains(c[j]) && j + 1 < c.count && c[j + 1].isLetter && !(c[j] != "-" && Self.isPossessive(c, j))) { j += 1 }
            words.append(i..<j)
            i = j
        }
        return words
    }

    /// An apostrophe at `i` that starts a possessive "'s" ending the word.
    static func isPossessive(_ c: [Character], _ i: Int) -> Bool {
        i + 1 < c.count && (c[i + 1] == "s" || c[i + 1] == "S") && (i + 2 == c.count || !(c[i + 2].isLetter || c[i + 2].isNumber))
    }

    /// A person's name after a title: up to three capitalised words, each with a lower-case letter (so initials —
    /// "Mr A", "Ms JK" — are left as the anonymised references they are). The title itself stays.
    func titledNames(_ c: [Character], _ words: [Range<Int>]) -> [(Range<Int>, String)] {
        var result: [(Range<Int>, String)] = []
        var index = 0
        while index < words.count {
            // The title as written: a capital, then lower case ("Ms", not "MS Teams").
            let written = c[words[index]]
            let title = String(written).lowercased()
            let rank = written.allSatisfy(\.isUppercase) && Self.ranks.contains(title)  // "PC", "DS"
            guard written.first?.isUppercase == true,
                  rank || written.dropFirst().allSatisfy(\.isLowercase) && Self.titles.contains(title)
            else { index += 1; continue }
            var next = index + 1
            var gapOK = true
            var end: Int?
            while next < words.count, next - index <= 3, gapOK {
                let word = c[words[next]]
                let between = c[(next == index + 1 ? words[index].upperBound : words[next - 1].upperBound)..<words[next].lowerBound]
                gapOK = between.allSatisfy { $0 == " " } || (next == index + 1 && String(between) == ". ")
                guard gapOK, let first = word.first, first.isUppercase, word.contains(where: \.isLowercase),
                      !word.contains(where: \.isNumber) else { break }
                // After a rank in capitals, a service or a common word is not a name ("the PC Network", "DS Team").
                if rank, next == index + 1, case let lower = String(word).lowercased(),
                   Self.notNamesAfterRank.contains(lower) || GivenNames.notSurnames.contains(lower) { break }
                end = words[next].upperBound
                next += 1
            }
            if let end { result.append((words[index + 1].lowerBound..<end, "name")) }
            index = max(next, index + 1)
        }
        return result
    }

    /// Lower-case particles that begin a surname ("da Silva", "van der Berg", "al Hassan").
    /// Not "do", "ten" or "den": "Did Emma do Level 2 training?" is not a name.
    static let particles: Set<String> = ["da", "de", "del", "della", "der", "di", "dos", "das", "du", "van", "von",
                                         "la", "le", "ter", "al", "el", "bin", "binti", "ibn"]

    /// Letters with accents folded to their ASCII letter ("Sinéad" → "Sinead", "Łukasz" → "Lukasz"); nil when a letter
    /// has no ASCII fold (the gazetteer holds ASCII spellings only).
    static func foldingAccents(_ word: ArraySlice<Character>) -> ArraySlice<Character>? {
        guard !word.allSatisfy(\.isASCII) else { return word }
        var folded: [Character] = []
        for ch in word {
            if ch.isASCII { folded.append(ch) } else if let ascii = accentFolds[ch] { folded.append(ascii) } else { return nil }
        }
        return folded[...]
    }

    static let accentFolds: [Character: Character] = {
        let groups: [(String, Character)] = [
            ("àáâãäåāăą", "a"), ("ÀÁÂÃÄÅĀĂĄ", "A"), ("çćčĉ", "c"), ("ÇĆČĈ", "C"), ("ďđ", "d"), ("ĎĐ", "D"),
            ("èéêëēĕėęě", "e"), ("ÈÉÊËĒĔĖĘĚ", "E"), ("ğĝ", "g"), ("ĞĜ", "G"), ("ìíîïīĭįı", "i"), ("ÌÍÎÏĪĬĮİ", "I"),
            ("łľĺ", "l"), ("ŁĽĹ", "L"), ("ñńňņ", "n"), ("ÑŃŇŅ", "N"), ("òóôõöøōŏő", "o"), ("ÒÓÔÕÖØŌŎŐ", "O"),
            ("řŕ", "r"), ("ŘŔ", "R"), ("śšşŝ", "s"), ("ŚŠŞŜ", "S"), ("ťţ", "t"), ("ŤŢ", "T"), ("ùúûüūŭůűų", "u"),
            ("ÙÚÛÜŪŬŮŰŲ", "U"), ("ýÿ", "y"), ("ÝŸ", "Y"), ("źżž", "z"), ("ŹŻŽ", "Z"),
        ]
        var folds: [Character: Character] = [:]
        for (letters, ascii) in groups { for letter in letters { folds[letter] = ascii } }
        return folds
    }()

    /// A full name without a title: a common given name written with a capital ("Jane"), one space, then one or two
    /// capitalised words with a lower-case letter ("Williams", "Mary Williams", "O'Neill") — or the same all in capitals
    /// ("JANE WILLIAMS", every word in capitals, at least two letters each) — stopping at a
    /// word that names a place or a service ("Victoria Ward" is not a name), and a name followed by one names that place
    /// ("John Radcliffe Hospital", "Mary Seacole House" stay).
    /// Given names that are also ordinary words ("May", "Will", "Grace") are left out; a lone given name stays
    /// (reviews use chosen pseudonyms such as "Jane"). Whole words only, so "Janet" is not "Jane".
    func fullNames(_ c: [Character], _ words: [Range<Int>]) -> [(Range<Int>, String)] {
        var result: [(Range<Int>, String)] = []
        var index = 0
        while index + 1 < words.count {
            guard let given = Self.foldingAccents(c[words[index]]) else { index += 1; continue }
            // "Jane Williams", or all in capitals: "JANE WILLIAMS" (then every word of the name is in capitals).
            let capitals = given.count >= 2 && given.allSatisfy { $0.isASCII && $0.isUppercase }
            guard given.count <= 12, given.first.map({ $0.isASCII && $0.isUppercase }) == true,
                  capitals || given.dropFirst().allSatisfy({ $0.isASCII && $0.isLowercase }),
                  c[words[index].upperBound..<words[index + 1].lowerBound].elementsEqual(" "),
                  GivenNames.codes.contains(Self.code(String(given)))  // `code` folds case
            else { index += 1; continue }
            var next = index + 1
            var end: Int?
            var eponym = false
            var particles = 0
            while next < words.count, next - index - particles <= 3 {
                if next > index + 1, !c[words[next - 1].upperBound..<words[next].lowerBound].elementsEqual(" ") { break }
                let word = c[words[next]]
                // Surname particles ("Maria da Silva", "Anna van der Berg") join the name only before a capital.
                func isParticle(_ k: Int) -> Bool { Self.particles.contains(String(c[words[k]])) }
                if !capitals, particles < 2, isParticle(next), next + 1 < words.count,
                   c[words[next].upperBound..<words[next + 1].lowerBound].elementsEqual(" "),
                   c[words[next + 1]].first?.isUppercase == true || particles == 0 && isParticle(next + 1) {
                    particles += 1
                    next += 1
                    continue
                }
                guard let first = word.first, first.isUppercase, !word.contains(where: \.isNumber),
                      capitals ? word.count >= 2 && !word.contains(where: \.isLowercase) : word.contains(where: \.isLowercase)
                else { break }
                let lower = String(word).lowercased()
                // After a surname, a place or service word makes the whole a place's name ("John Radcliffe
                // Hospital", "Mary Seacole House"); right after the given name, only words that cannot be surnames
                // stop it ("Emma Hall" is a person, "Jane Social Worker" a role).
                if next > index + 1, GivenNames.eponymFollowers.contains(lower) { eponym = true; break }
                if GivenNames.notSurnames.contains(lower) || next - index - particles == 3 { break }
                end = words[next].upperBound
                next += 1
            }
            if let end, !eponym { result.append((words[index].lowerBound..<end, "name")) }
            index = max(next, index + 1)
        }
        return result
    }

    static let streetTypes: Set<String> = ["road", "rd", "street", "lane", "avenue", "ave", "close", "drive", "way", "crescent",
                                           "court", "place", "gardens", "terrace", "grove", "row", "walk", "square", "mews",
                                           "rise", "parade", "gate", "hill", "green", "vale"]

    /// A street address: a house number (optionally with a letter: "14a"), one to three capitalised words, then a
    /// street type ("14 Rose Lane", "22 Park Road"). A possessive in the name ("3 St Mark's Road") is not followed.
    func addresses(_ c: [Character], _ words: [Range<Int>]) -> [(Range<Int>, String)] {
        var result: [(Range<Int>, String)] = []
        for (index, number) in words.enumerated() {
            let text = c[number]
            guard let first = text.first, first.isNumber, text.count <= 4, text.dropLast().allSatisfy(\.isNumber),
                  text.last!.isNumber || text.last!.isLetter else { continue }
            var next = index + 1
            while next < words.count, next - index <= 4 {
                let word = c[words[next]]
                guard word.first?.isUppercase == true, c[words[next - 1].upperBound..<words[next].lowerBound].allSatisfy({ " '’.".contains($0) }) else { break }
                if next > index + 1, Self.streetTypes.contains(String(word).lowercased()) {
                    result.append((number.lowerBound..<words[next].upperBound, "address"))
                    break
                }
                next += 1
            }
        }
        return result
    }

    static let recordLabels: [[String]] = [["hospital", "number"], ["hospital", "no"], ["patient", "number"], ["patient", "id"],
                                           ["record", "number"], ["case", "number"], ["unit", "number"], ["mrn"],
                                           ["rio", "number"], ["client", "number"], ["client", "id"], ["nhs", "no"]]

    /// A hospital, case or record number after its label ("hospital number RX123456", "MRN: 00123").
    func recordNumbers(_ c: [Character], _ words: [Range<Int>]) -> [(Range<Int>, String)] {
        let lower = words.map { String(c[$0]).lowercased() }
        var result: [(Range<Int>, String)] = []
        for index in words.indices {
            for label in Self.recordLabels where index + label.count < words.count
                && Array(lower[index..<(index + label.count)]) == label {
                var value = index + label.count
                if lower[value] == "is" || lower[value] == "was", value + 1 < words.count { value += 1 }
                // The whole token ("2023/441", "RX-12 34" stops at the space), without trailing punctuation.
                var end = words[value].lowerBound
                while end < c.count, !c[end].isWhitespace, !";,()[]".contains(c[end]) { end += 1 }
                while end > words[value].lowerBound, ".:".contains(c[end - 1]) { end -= 1 }
                let token = c[words[value].lowerBound..<end]
                if token.contains(where: \.isNumber), words[value].lowerBound - words[value - 1].upperBound <= 3 {
                    result.append((words[value].lowerBound..<end, "record-number"))
                }
                break
            }
        }
        return result
    }
}
