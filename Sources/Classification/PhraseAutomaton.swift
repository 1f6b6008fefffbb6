/// A word-level trie over every phrase of a rule book (rule terms, context cues, section hints), so that one
/// pass over a passage's tokens finds all of them. Edges are stems (exact words), prefixes on the
/// spelling-normalised word (`safeguard*`) and `*` (any one word).
///
/// Words reach the automaton as a `WordKey`: the stem id and the ids of the prefixes the word starts with,
/// computed once per distinct word by the classifier (`lookup`, `appendPrefixes`), so matching compares integers
/// only; `freeze` turns the trie into the integer tables `match` reads.
struct PhraseAutomaton: Sendable {
    private struct Node: Sendable {
        var exact: [Int32: Int32] = [:]
        var prefixes: [Int32: Int32] = [:]
        var any: Int32 = -1
        var outputs: [Int32] = []
    }

    /// One phrase occurrence: pattern id and the token range it covers (inclusive).
    struct Hit: Equatable {
        var pattern: Int32
        var first: Int
        var last: Int
    }

    /// What the automaton needs of one word: its stem id (-1 when no phrase uses it) and the range of its
    /// prefix ids in a caller-owned pool.
    struct WordKey {
        var stem: Int32
        var prefixes: Range<Int32>
    }

    private var nodes: [Node] = [Node()]
    private(set) var stemIDs: [String: Int32] = [:]
    /// Every distinct prefix, by id; and prefix ids by their first three bytes (prefixes are at least three long).
    private var prefixList: [String] = []
    private var prefixIDs: [String: Int32] = [:]
    private var prefixesByHead: [String: [Int32]] = [:]
    /// The frozen trie (see `freeze`): edges (node, stem or prefix) → node in one open-addressing table, and per
    /// node its `*` edge, its outputs (a range of `outputPool`) and whether it has prefix edges.
    private var edgeKeys: [UInt64] = []
    private var edgeTargets: [Int32] = []
    private var anyEdge: [Int32] = []
    private var outputStart: [Int32] = []
    private var outputPool: [Int32] = []
    private var hasPrefixEdges: [Bool] = []
    private var frozen = false

    /// Adds a compiled phrase whose words are already stemmed; `pattern` is returned in hits.
    mutating func insert(_ tokens: [Phrase.Token], pattern: Int32) {
        frozen = false
        var node: Int32 = 0
        for token in tokens {
            switch token {
            case .word(let stem):
                let id = Self.intern(stem, in: &stemIDs)
                if let next = nodes[Int(node)].exact[id] { node = next } else {
                    node = addNode(from: node) { $0.exact[id] = $1 }
                }
            case .prefix(let prefix):
                let id = prefixID(prefix)
                if let next = nodes[Int(node)].prefixes[id] { node = next } else {
                    node = addNode(from: node) { $0.prefixes[id] = $1 }
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

    /// Appends to `pool` the ids of the prefixes that the British-spelled `word` starts with.
    func appendPrefixes(of word: String, to pool: inout [Int32]) {
        guard let candidates = prefixesByHead[Self.head(word)] else { return }
        for id in candidates where word.hasPrefix(prefixList[Int(id)]) { pool.append(id) }
    }

    /// The first three characters of a word: the key of prefix edges.
    static func head(_ word: String) -> String { String(String.UnicodeScalarView(word.unicodeScalars.prefix(3))) }

    /// Flattens the trie into the integer tables `match` reads; call once, after the last `insert`.
    mutating func freeze() {
        var edges: [(UInt64, Int32)] = []
        anyEdge = nodes.map(\.any)
        outputStart = [0]
        outputPool = []
        hasPrefixEdges = nodes.map { !$0.prefixes.isEmpty }
        for (index, node) in nodes.enumerated() {
            for (stem, next) in node.exact { edges.append((Self.edgeKey(Int32(index), stem), next)) }
            for (prefix, next) in node.prefixes { edges.append((Self.edgeKey(Int32(index), prefix | Self.prefixBit), next)) }
            outputPool += node.outputs
            outputStart.append(Int32(outputPool.count))
        }
        var capacity = 16
        while capacity < edges.count * 2 { capacity *= 2 }
        edgeKeys = Array(repeating: .max, count: capacity)
        edgeTargets = Array(repeating: -1, count: capacity)
        for (key, next) in edges {
            var slot = Self.slot(key, mask: capacity - 1)
            while edgeKeys[slot] != .max { slot = (slot + 1) & (capacity - 1) }
            edgeKeys[slot] = key
            edgeTargets[slot] = next
        }
        frozen = true
    }

    /// Every phrase occurrence in `words` (their keys; `pool` holds the prefix ids they point into), appended to
    /// `hits` (cleared first). The hot path: integer tables only, no allocation beyond the reused `hits` and `stack`.
    func match(_ words: [WordKey], pool: [Int32], into hits: inout [Hit], stack: inout [(node: Int32, next: Int)]) {
        precondition(frozen, "PhraseAutomaton.freeze() must be called before matching")
        hits.removeAll(keepingCapacity: true)
        let count = words.count
        let mask = edgeKeys.count - 1
        edgeKeys.withUnsafeBufferPointer { keys in
        edgeTargets.withUnsafeBufferPointer { targets in
        anyEdge.withUnsafeBufferPointer { anyEdge in
        outputStart.withUnsafeBufferPointer { outputStart in
        outputPool.withUnsafeBufferPointer { outputs in
        hasPrefixEdges.withUnsafeBufferPointer { hasPrefixEdges in
            func next(_ node: Int32, _ label: Int32) -> Int32 {
                let key = Self.edgeKey(node, label)
                var slot = Self.slot(key, mask: mask)
                while true {
                    let found = keys[slot]
                    if found == key { return targets[slot] }
                    if found == .max { return -1 }
                    slot = (slot + 1) & mask
                }
            }
            for start in 0..<count {
                stack.removeAll(keepingCapacity: true)
                stack.append((0, start))
                while let (node, position) = stack.popLast() {
                    let index = Int(node)
                    if node != 0 {
                        for output in Int(outputStart[index])..<Int(outputStart[index + 1]) {
                            hits.append(Hit(pattern: outputs[output], first: start, last: position - 1))
                        }
                    }
                    guard position < count else { continue }
                    let word = words[position]
                    if word.stem >= 0 {
                        let target = next(node, word.stem)
                        if target >= 0 { stack.append((target, position + 1)) }
                    }
                    if anyEdge[index] >= 0 { stack.append((anyEdge[index], position + 1)) }
                    guard hasPrefixEdges[index] else { continue }
                    for slot in word.prefixes {
                        let target = next(node, pool[Int(slot)] | Self.prefixBit)
                        if target >= 0 { stack.append((target, position + 1)) }
                    }
                }
            }
        }}}}}}
    }

    private static let prefixBit: Int32 = 1 << 30

    private static func edgeKey(_ node: Int32, _ label: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: label))
    }

    private static func slot(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    private mutating func prefixID(_ prefix: String) -> Int32 {
        if let id = prefixIDs[prefix] { return id }
        let id = Self.intern(prefix, in: &prefixIDs)
        prefixList.append(prefix)
        prefixesByHead[Self.head(prefix), default: []].append(id)
        return id
    }

    private static func intern(_ key: String, in table: inout [String: Int32]) -> Int32 {
        if let id = table[key] { return id }
        let id = Int32(table.count)
        table[key] = id
        return id
    }

    private mutating func addNode(from node: Int32, _ link: (inout Node, Int32) -> Void) -> Int32 {
        let id = Int32(nodes.count)
        nodes.append(Node())
        link(&nodes[Int(node)], id)
        return id
    }
}
