/// List definitions from `numbering.xml`, and the counters that render `1.`, `a)`, `•` in reading order.
struct WordNumbering {
    struct Level {
        var format = "decimal"
        var text = "%1."
        var start = 1
    }

    var abstractLevels: [String: [Int: Level]] = [:]
    var numToAbstract: [String: String] = [:]
    var overrides: [String: [Int: Level]] = [:]
    private var counters: [String: [Int]] = [:]

    func level(numID: String, level: Int) -> Level? {
        if let override = overrides[numID]?[level] { return override }
        guard let abstract = numToAbstract[numID] else { return nil }
        return abstractLevels[abstract]?[level]
    }

    /// Advances the counter for (numID, level) and renders the marker; nil when the list is not defined
    /// (numId 0 means "no numbering").
    mutating func nextMarker(numID: String, level: Int) -> String? {
        guard numID != "0", let definition = self.level(numID: numID, level: level) else { return nil }
        let key = numToAbstract[numID] ?? numID
        var values = counters[key] ?? []
        while values.count <= level { values.append(0) }
        values[level] = values[level] == 0 ? definition.start : values[level] + 1
        for deeper in (level + 1)..<max(values.count, level + 1) { values[deeper] = 0 }
        counters[key] = values
        if definition.format == "bullet" { return "•" }
        if definition.format == "none" { return "" }
        return render(definition.text, numID: numID, values: values)
    }

    private func render(_ template: String, numID: String, values: [Int]) -> String {
        var out = ""
        var chars = template.makeIterator()
        while let ch = chars.next() {
            guard ch == "%", let digit = chars.next(), let n = digit.wholeNumberValue, n >= 1 else {
                out.append(ch)
                continue
            }
            let lvl = n - 1
            let value = lvl < values.count ? max(values[lvl], self.level(numID: numID, level: lvl)?.start ?? 1) : 1
            out += Self.format(value, as: self.level(numID: numID, level: lvl)?.format ?? "decimal")
        }
        return out
    }

    static func format(_ value: Int, as format: String) -> String {
        switch format {
        case "lowerLetter": return letters(value).lowercased()
        case "upperLetter": return letters(value)
        case "lowerRoman": return roman(value).lowercased()
        case "upperRoman": return roman(value)
        case "decimalZero": return value < 10 ? "0\(value)" : "\(value)"
        default: return "\(value)"
        }
    }

    private static func letters(_ value: Int) -> String {
        guard value > 0 else { return "" }
        let letter = Character(UnicodeScalar(UInt8(65 + (value - 1) % 26)))
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    private static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return "\(value)" }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value
        var out = ""
        for (n, s) in table { while rest >= n { out += s; rest -= n } }
        return out
    }
}

/// Collects `WordNumbering` from `numbering.xml`.
final class WordNumberingHandler: XMLEventHandler {
    private(set) var result = WordNumbering()
    private var abstractID: String?
    private var numID: String?
    private var levelIndex: Int?
    private var level = WordNumbering.Level()
    private var levels: [Int: WordNumbering.Level] = [:]

    func startElement(_ element: XMLElementEvent) throws {
        guard element.namespace == .word else { return }
        switch element.name {
        case "abstractNum": abstractID = element.attribute("abstractNumId"); levels = [:]
        case "num": numID = element.attribute("numId"); levels = [:]
        case "abstractNumId" where numID != nil:
            if let numID, let value = element.attribute("val") { result.numToAbstract[numID] = value }
        case "lvl":
            levelIndex = element.attribute("ilvl").flatMap { Int($0) }
            level = WordNumbering.Level()
        case "numFmt" where levelIndex != nil: level.format = element.attribute("val") ?? "decimal"
        case "lvlText" where levelIndex != nil: level.text = element.attribute("val") ?? ""
        case "start" where levelIndex != nil: level.start = element.attribute("val").flatMap { Int($0) } ?? 1
        default: break
        }
    }

    func endElement(_ name: String, _ namespace: XMLNamespace) throws {
        guard namespace == .word else { return }
        switch name {
        case "lvl":
            if let levelIndex { levels[levelIndex] = level }
            levelIndex = nil
        case "abstractNum":
            if let abstractID { result.abstractLevels[abstractID] = levels }
            abstractID = nil
        case "num":
            if let numID, !levels.isEmpty { result.overrides[numID] = levels }
            numID = nil
        default: break
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {}
}
