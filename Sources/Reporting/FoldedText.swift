import Foundation

/// Text folded for phrase search, as UTF-8 bytes: lower-cased, letters and digits kept, every other run one
/// space, padded with a space at both ends (" family were not consulted "). Folding once and comparing bytes
/// keeps the per-document quadrant and learning-point work free of Foundation string searches.
struct FoldedText: Sendable, Equatable {
    private(set) var bytes: [UInt8]

    init(_ text: String) {
        var out: [UInt8] = [32]
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 128 {
                if v >= 65 && v <= 90 { out.append(UInt8(v + 32)) } else if (v >= 97 && v <= 122) || (v >= 48 && v <= 57) {
                    out.append(UInt8(v))
                } else if out.last != 32 { out.append(32) }
            } else if scalar.properties.isAlphabetic {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { UTF8.encode(lower) { out.append($0) } }
            } else if out.last != 32 { out.append(32) }
        }
        if out.last != 32 { out.append(32) }
        bytes = out
    }

    /// Whether `other`'s bytes occur in this text (both folded, so " police " matches whole words only).
    func contains(_ other: FoldedText) -> Bool { Self.firstOffset(of: other.bytes, in: bytes) != nil }

    /// The offset of the first occurrence of `needle` in `haystack` (byte comparison), or nil.
    static func firstOffset(of needle: [UInt8], in haystack: [UInt8], from start: Int = 0) -> Int? {
        let n = needle.count, h = haystack.count
        guard n > 0 else { return start }
        guard n <= h else { return nil }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { needle in
                let first = needle[0]
                var i = start
                while i <= h - n {
                    if hay[i] == first, memcmp(hay.baseAddress! + i, needle.baseAddress!, n) == 0 { return i }
                    i += 1
                }
                return nil
            }
        }
    }
}
