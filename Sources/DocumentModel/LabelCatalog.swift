/// The names of the labels a rule book defines, in canonical order; shared by every report.
public struct LabelCatalog: Sendable {
    public struct Entry: Sendable, Equatable {
        public var code: String
        public var name: String
        public var definition: String
        public init(code: String, name: String, definition: String) {
            self.code = code
            self.name = name
            self.definition = definition
        }
    }

    public private(set) var entries: [Entry]
    private var indexByCode: [String: Int]

    public init(entries: [Entry]) {
        self.entries = entries.sorted { LabelCode.precedes($0.code, $1.code) }
        indexByCode = Dictionary(uniqueKeysWithValues: self.entries.enumerated().map { ($1.code, $0) })
    }

    public func name(of code: String) -> String { indexByCode[code].map { entries[$0].name } ?? code }
    public func contains(_ code: String) -> Bool { indexByCode[code] != nil }
}

/// Label code conventions: families `HS TH IM HM`, sub-items `HS1.3` imply their parent `HS1`.
public enum LabelCode {
    /// The headline codes every figure is reported on: the seven harm sources and the six themes, in order.
    public static let headline: [String] = (1...7).map { "HS\($0)" } + (1...6).map { "TH\($0)" }

    /// The parent of a sub-item code (`HS1.3` → `HS1`), or nil for a top-level code.
    public static func parent(of code: String) -> String? {
        guard let dot = code.firstIndex(of: ".") else { return nil }
        return String(code[..<dot])
    }

    /// True for a top-level code (`HS1`, `TH6`), false for a sub-item (`HS1.3`); no allocation.
    public static func isTopLevel(_ code: String) -> Bool { !code.utf8.contains(46) }

    /// True when `code` is `label` or one of its sub-items (`HS1.3` is in `HS1`); no allocation.
    public static func code(_ code: String, isIn label: String) -> Bool {
        code == label || (code.utf8.count > label.utf8.count && isTopLevel(label) && code.utf8.starts(with: label.utf8)
            && code.utf8.dropFirst(label.utf8.count).first == 46)
    }

    /// True when `code` is well formed: `HS1`…`HS7`(.n), `TH1`…, `IM1`…, `HM1`… (`HM6A`).
    public static func isWellFormed(_ code: String) -> Bool {
        let families = ["HS", "TH", "IM", "HM"]
        guard let family = families.first(where: { code.hasPrefix($0) }) else { return false }
        let rest = code.dropFirst(family.count)
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let head = parts.first, let first = head.first, first.isNumber else { return false }
        let headOK = head.allSatisfy { $0.isNumber || (family == "HM" && $0.isUppercase) }
        return headOK && (parts.count == 1 || (!parts[1].isEmpty && parts[1].allSatisfy(\.isNumber)))
    }

    /// Canonical order: family (HS, TH, IM, HM), then numeric parts.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        if let x = quickKey(a), let y = quickKey(b) { return x < y }
        return sortKey(a) < sortKey(b)
    }

    /// `sortKey` as integers for the usual shapes (`HS1`, `HS1.12`, `HM6A`), without allocating; nil otherwise.
    private static func quickKey(_ code: String) -> (Int, Int, Int, Int)? {
        var bytes = code.utf8.makeIterator()
        guard let f0 = bytes.next(), let f1 = bytes.next() else { return nil }
        let family: Int
        switch (f0, f1) {
        case (72, 83): family = 0 // HS
        case (84, 72): family = 1 // TH
        case (73, 77): family = 2 // IM
        case (72, 77): family = 3 // HM
        default: return nil
        }
        var number = 0, separator = 0, subNumber = 0, digits = 0
        while let byte = bytes.next() {
            if byte >= 48, byte <= 57 {
                digits += 1
                guard digits <= 4 else { return nil }
                if separator == 0 { number = number * 10 + Int(byte - 48) } else { subNumber = subNumber * 10 + Int(byte - 48) }
            } else if separator == 0, digits > 0, byte == 46 || (byte >= 65 && byte <= 90) {
                separator = Int(byte)
                digits = 0
            } else { return nil }
        }
        return (family, number, separator, subNumber)
    }

    private static func sortKey(_ code: String) -> String {
        let family = ["HS": "0", "TH": "1", "IM": "2", "HM": "3"][String(code.prefix(2))] ?? "9"
        var key = family
        var digits = ""
        for ch in code.dropFirst(2) {
            if ch.isNumber { digits.append(ch); continue }
            key += String(repeating: "0", count: max(0, 4 - digits.count)) + digits
            digits = ""
            key.append(ch == "." ? "." : ch)
        }
        key += String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        return key
    }
}
