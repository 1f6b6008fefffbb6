/// A word-level trie over every phrase of a rule book (rule terms, context cues, section hints), so that one
/// pass over a passage's tokens finds all of them. Edges are stems (exact words), prefixes on the
/// spelling-normalised word (`safeguard*`) and `*` (any one word).
struct PhraseAutomaton: Sendable {
    private struct Node: Sendable {
        var exact: [Int32: Int32] = [:]
        var prefixes: [(prefix: String, node: Int32)] = []
        /// Prefix edges by their first three characters, so a word is compared only with its candidates.
        var prefixesByHead: [String: [Int32]] = [:]
        var any: Int32 = -1
        var outputs: [Int32] = []
    }

    /// One phrase occurrence: pattern id and the token range it covers (inclusive).
    struct Hit: Equatable {
        var pattern: Int32
        var first: Int
        var last: Int
    }

    private var nodes: [Node] = [Node()]
    private(set) var stemIDs: [String: Int32] = [:]

    /// Adds a compiled phrase whose words are already stemmed; `pattern` is returned in hits.
    mutating func insert(_ tokens: [Phrase.Token], pattern: Int32) {
        var node: Int32 = 0
        for token in tokens {
            switch token {
            case .word(let stem):
                let id = stemID(stem)
                if let next = nodes[Int(node)].exact[id] { node = next } else {
                    node = addNode(from: node) { $0.exact[id] = $1 }
                }
            case .prefix(let prefix):
                if let next = nodes[Int(node)].prefixes.first(where: { $0.prefix == prefix })?.node { node = next } else {
                    node = addNode(from: node) { node, next in
                        node.prefixesByHead[Self.head(prefix), default: []].append(Int32(node.prefixes.count))
                        node.prefixes.append((prefix, next))
                    }
                }
            case .any:
                if nodes[Int(node)].any >= 0 { node = nodes[Int(node)].any } else {
                    node = addNode(from: node) { $0.any = $1 }
                }
            }
        }
        if !nodes[Int(node)].outputs.contains(pattern) { nodes[Int(node)].outputs.append(pattern) }
    }

    /// The id of a stem known to the automaton, or -1.
    func lookup(_ stem: String) -> Int32 { stemIDs[stem] ?? -1 }

    /// The first three characters of a word: the key of prefix edges (prefixes are at least three long).
    static func head(_ word: String) -> String { String(String.UnicodeScalarView(word.unicodeScalars.prefix(3))) }

    /// Every phrase occurrence in the parallel arrays `words`, `heads` (`head(word)`) and `stems`, appended to
    /// `hits` (cleared first). The hot path: no allocation beyond the reused `hits` and `stack`.
    func match(words: [String], heads: [String], stems: [Int32], into hits: inout [Hit], stack: inout [(node: Int32, next: Int)]) {
        hits.removeAll(keepingCapacity: true)
        let count = stems.count
        nodes.withUnsafeBufferPointer { nodes in
            for start in 0..<count {
                stack.removeAll(keepingCapacity: true)
                stack.append((0, start))
                while let (nodeID, position) = stack.popLast() {
                    let index = Int(nodeID)
                    if nodeID != 0 {
                        for pattern in nodes[index].outputs { hits.append(Hit(pattern: pattern, first: start, last: position - 1)) }
                    }
                    guard position < count else { continue }
                    if stems[position] >= 0, let next = nodes[index].exact[stems[position]] { stack.append((next, position + 1)) }
                    if nodes[index].any >= 0 { stack.append((nodes[index].any, position + 1)) }
                    guard !nodes[index].prefixes.isEmpty, let candidates = nodes[index].prefixesByHead[heads[position]] else { continue }
                    for candidate in candidates {
                        let edge = nodes[index].prefixes[Int(candidate)]
                        if words[position].hasPrefix(edge.prefix) { stack.append((edge.node, position + 1)) }
                    }
                }
            }
        }
    }

    private mutating func stemID(_ stem: String) -> Int32 {
        if let id = stemIDs[stem] { return id }
        let id = Int32(stemIDs.count)
        stemIDs[stem] = id
        return id
    }

    private mutating func addNode(from node: Int32, _ link: (inout Node, Int32) -> Void) -> Int32 {
        let id = Int32(nodes.count)
        nodes.append(Node())
        link(&nodes[Int(node)], id)
        return id
    }
}
