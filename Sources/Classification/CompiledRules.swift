import DocumentModel

/// A rule book compiled for matching: one automaton over every phrase, and what each pattern id means.
/// Immutable and shared by all classifier threads.
public struct CompiledRules: Sendable {
    enum CueKind: Int, Sendable, CaseIterable {
        case negationBefore, negationAfter, negationShort, afterStop, pseudo, cleared, deficit, shortfall, hypothetical, historical, recommendation, terminator
    }

    enum Role: Sendable {
        case term(rule: Int)
        case with(rule: Int)
        case unless(rule: Int)
        case cue(CueKind)
        case section(label: Int)
    }

    /// What the classifier's inner loop reads of a rule: plain values, so reading them costs no reference counting
    /// (a `Rule` copy retains its strings and arrays, shared by every classifier thread).
    struct RuleFacts: Sendable {
        var label: Int
        var within: Int
        var polarity: Polarity
        var weight: Double
        var hasWith: Bool
    }

    public let book: RuleBook
    /// The labels in canonical order, built once (reports ask for it per document).
    public let catalog: LabelCatalog
    /// Canonical position of every label code, for sorting without rebuilding sort keys.
    let rank: [String: Int]
    let automaton: PhraseAutomaton
    let roles: [Role]
    let labelIndex: [String: Int]
    /// Parallel to `book.rules`.
    let facts: [RuleFacts]
    let rulesByLabel: [[Int]]
    let childLabels: [[Int]]
    /// The rule book's statistical model, if any.
    public var model: TextModel? { book.model }

    public init(_ book: RuleBook) {
        self.book = book
        catalog = book.catalog
        rank = Dictionary(uniqueKeysWithValues: catalog.entries.enumerated().map { ($1.code, $0) })
        var automaton = PhraseAutomaton()
        var roles: [Role] = []
        func add(_ phrases: [Phrase], _ role: Role) {
            for phrase in phrases {
                automaton.insert(phrase.tokens, pattern: Int32(roles.count))
                roles.append(role)
            }
        }
        for (index, rule) in book.rules.enumerated() {
            add(rule.terms, .term(rule: index))
            add(rule.with, .with(rule: index))
            add(rule.unless, .unless(rule: index))
        }
        let cues = book.cues
        add(cues.negationBefore, .cue(.negationBefore))
        add(cues.negationAfter, .cue(.negationAfter))
        add(cues.negationShort, .cue(.negationShort))
        add(cues.afterStops, .cue(.afterStop))
        add(cues.pseudo, .cue(.pseudo))
        add(cues.cleared, .cue(.cleared))
        add(cues.deficit, .cue(.deficit))
        add(cues.shortfall, .cue(.shortfall))
        add(cues.hypothetical, .cue(.hypothetical))
        add(cues.historical, .cue(.historical))
        add(cues.recommendation, .cue(.recommendation))
        add(cues.terminators, .cue(.terminator))
        for (index, label) in book.labels.enumerated() { add(label.sections, .section(label: index)) }
        automaton.freeze()
        self.automaton = automaton
        self.roles = roles
        let labelIndex = Dictionary(uniqueKeysWithValues: book.labels.enumerated().map { ($1.code, $0) })
        self.labelIndex = labelIndex
        facts = book.rules.map {
            RuleFacts(label: labelIndex[$0.label]!, within: $0.within, polarity: $0.polarity, weight: $0.weight, hasWith: !$0.with.isEmpty)
        }
        var rulesByLabel = Array(repeating: [Int](), count: book.labels.count)
        for (index, rule) in facts.enumerated() { rulesByLabel[rule.label].append(index) }
        self.rulesByLabel = rulesByLabel
        var children = Array(repeating: [Int](), count: book.labels.count)
        for (index, label) in book.labels.enumerated() {
            if let parent = LabelCode.parent(of: label.code), let p = labelIndex[parent] { children[p].append(index) }
        }
        childLabels = children
    }
}
