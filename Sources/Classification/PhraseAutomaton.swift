/// A word-level trie over every phrase of a rule book (rule terms, context cues, section hints), so that one
/// pass over a passage's tokens finds all of them. Edges are stems (exact words), prefixes on the
/// spelling-normalised word (`safeguard*`) and `*` (any one word).
struct PhraseAutomaton: Sendable {
    private struct Node: Sendable {
        var exact: [Int32: Int32] = [:]
        var prefixes: [(prefix: String, node: Int32)] = []
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
                    node = addNode(from: node) { $0.prefixes.append((prefix, $1)) }
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

    /// Every phrase occurrence in `words`/`stems` (parallel arrays), appended to `hits` (cleared first).
    func match(words: [String], stems: [Int32], into hits: inout [Hit], stack: inout [(node: Int32, next: Int)]) {
        hits.removeAll(keepingCapacity: true)
        let count = stems.count
        for start in 0..<count {
            stack.removeAll(keepingCapacity: true)
            stack.append((0, start))
            while let (nodeID, position) = stack.popLast() {
                let node = nodes[Int(nodeID)]
                if nodeID != 0 {
                    for pattern in node.outputs { hits.append(Hit(pattern: pattern, first: start, last: position - 1)) }
                }
                guard position < count else { continue }
                if stems[position] >= 0, let next = node.exact[stems[position]] { stack.append((next, position + 1)) }
                if node.any >= 0 { stack.append((node.any, position + 1)) }
                for edge in node.prefixes where words[position].hasPrefix(edge.prefix) {
                    stack.append((edge.node, position + 1))
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
