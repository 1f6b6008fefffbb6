import Foundation

/// A JSON value with ordered object keys, rendered deterministically (one line, no insignificant spaces).
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.rendered() == rhs.rendered() }

    /// The value as compact JSON text.
    public func rendered() -> String {
        var out: [UInt8] = []
        render(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the value's UTF-8 JSON text to `out`.
    public func render(into out: inout [UInt8]) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let value): out += (value ? "true" : "false").utf8
        case .int(let value): out += String(value).utf8
        case .double(let value): out += Self.format(value).utf8
        case .string(let value): Self.escape(value, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                item.render(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            out.append(UInt8(ascii: "{"))
            for (index, (key, value)) in pairs.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.escape(key, into: &out)
                out.append(UInt8(ascii: ":"))
                value.render(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Fixed 4-decimal rendering, trailing zeros trimmed, so outputs are byte-identical across runs.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        // Exact in ten-thousandths (every weight and score in practice): integer arithmetic, no `String(format:)`.
        let scaled = value * 10_000
        if scaled.rounded() == scaled, abs(scaled) < 1e15 {
            let units = Int(scaled), whole = abs(units) / 10_000
            var fraction = abs(units) % 10_000, digits = 4
            while digits > 0, fraction % 10 == 0 { fraction /= 10; digits -= 1 }
            let sign = units < 0 ? "-" : ""
            guard digits > 0 else { return sign + String(whole) }
            let text = String(fraction)
            return sign + String(whole) + "." + String(repeating: "0", count: digits - text.count) + text
        }
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// Appends `text` as a JSON string: quotes, backslashes and control characters escaped, and U+2028/U+2029
    /// (which end lines in JavaScript) written as `\u2028`/`\u2029`.
    public static func escape(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            out.reserveCapacity(out.count + n + 2)
            while i < n {
                // Copy the run of bytes that need no escape in one go.
                var run = i
                while run < n, bytes[run] >= 0x20, bytes[run] != 0x22, bytes[run] != 0x5C, bytes[run] != 0xE2 { run += 1 }
                if run > i {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<run]))
                    i = run
                    continue
                }
                let byte = bytes[i]
                switch byte {
                case 0x22: out += [0x5C, 0x22]
                case 0x5C: out += [0x5C, 0x5C]
                case 0x0A: out += [0x5C, UInt8(ascii: "n")]
                case 0x0D: out += [0x5C, UInt8(ascii: "r")]
                case 0x09: out += [0x5C, UInt8(ascii: "t")]
                case ..<0x20: out += Self.unicodeEscape(UInt32(byte))
                case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    out += Self.unicodeEscape(bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029)
                    i += 3
                    continue
                default: out.append(byte)
                }
                i += 1
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func unicodeEscape(_ value: UInt32) -> [UInt8] {
        let hex = String(value, radix: 16)
        return Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
    }

    /// Parses JSON text (via Foundation) into plain Swift values: `[String: Any]`, `[Any]`, `String`, `NSNumber`.
    public static func parseObject(_ line: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
        guard let dictionary = object as? [String: Any] else {
            throw NSError(domain: "JSON", code: 1, userInfo: [NSLocalizedDescriptionKey: "expected a JSON object"])
        }
        return dictionary
    }
}
