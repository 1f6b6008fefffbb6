import CStemmer

/// Maps a lower-cased word to its matching key: American → British spelling (the spelling map, then
/// `-ize`/`-yze` families), then the English Snowball stem (libstemmer). One instance per thread.
final class WordNormaliser {
    private let spelling: [String: String]
    private let stemmer: OpaquePointer?
    private var cache: [String: String] = [:]

    init(spelling: [String: String]) {
        self.spelling = spelling
        stemmer = sb_stemmer_new("english", "UTF_8")
    }

    deinit { sb_stemmer_delete(stemmer) }

    /// The British-spelled form of a word (before stemming); what `word*` prefixes are compared with.
    func british(_ word: String) -> String {
        if let mapped = spelling[word] { return mapped }
        guard word.utf8.count > 6 else { return word }
        for (american, british) in Self.suffixes where word.hasSuffix(american) {
            return String(word.dropLast(american.count)) + british
        }
        return word
    }

    /// The stem of a British-spelled word.
    func stem(_ word: String) -> String {
        if let cached = cache[word] { return cached }
        var result = word
        if let stemmer, word.utf8.count > 2, !word.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) {
            var bytes = Array(word.utf8)
            if let out = sb_stemmer_stem(stemmer, &bytes, Int32(bytes.count)) {
                let length = Int(sb_stemmer_length(stemmer))
                result = String(decoding: UnsafeBufferPointer(start: out, count: length), as: UTF8.self)
            }
        }
        if cache.count > 200_000 { cache.removeAll(keepingCapacity: true) }
        cache[word] = result
        return result
    }

    private static let suffixes: [(String, String)] = [
        ("izations", "isations"), ("ization", "isation"), ("izing", "ising"), ("ized", "ised"), ("izes", "ises"),
        ("ize", "ise"), ("yzing", "ysing"), ("yzed", "ysed"), ("yze", "yse"),
    ]
}
