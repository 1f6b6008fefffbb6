extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (Unicode space separators: what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` removes), without a Foundation round trip.
    public var trimmingSpaces: String {
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, Self.isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start, Self.isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(self[start..<end])
    }

    /// The text without leading and trailing white space and line breaks (what Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` removes), without a Foundation round trip.
    public var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 128 { return scalar.value == 0x20 || scalar.value == 0x09 }
        return scalar.properties.generalCategory == .spaceSeparator
    }
}
