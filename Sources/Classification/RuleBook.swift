import DocumentModel

/// How a rule's terms relate to failings: `problem` terms name a failing (negated → absent), `good` terms name
/// good practice (negated or deficient → a gap, which is tagged).
public enum Polarity: String, Sendable {
    case problem, good
}

/// Whether recommendation sentences count as evidence for a label (learning) or not.
public enum RecommendationPolicy: String, Sendable {
    case learning, ignore
}

/// A phrase pattern: words, `word*` prefixes and lone `*` wildcards.
public struct Phrase: Sendable, Equatable {
    public enum Token: Sendable, Equatable {
        case word(String)
        case prefix(String)
        case any
    }

    public var source: String
    public var tokens: [Token]
}

public struct Rule: Sendable {
    public var id: String
    public var label: String
    public var terms: [Phrase]
    public var with: [Phrase]
    public var within: Int
    public var polarity: Polarity
    public var unless: [Phrase]
    public var weight: Double
    public var location: RuleSourceLocation
}

public struct Label: Sendable {
    public var code: String
    public var name: String
    public var definition: String
    public var threshold: Double
    public var sections: [Phrase]
    public var recommendations: RecommendationPolicy
    public var examples: [Example]
    public var location: RuleSourceLocation

    public struct Example: Sendable {
        public var text: String
        public var tagged: Bool
        public var location: RuleSourceLocation
    }
}

/// ConText cue lists (from `context.yaml`).
public struct ContextCues: Sendable {
    public var negationBefore: [Phrase] = []
    public var negationAfter: [Phrase] = []
    /// Negation cues that govern only the next few words (determiners: "no", "without", "lack of").
    public var negationShort: [Phrase] = []
    /// Words that end the scope of a negation found after a match ("a blanket restriction THAT was not based on …").
    public var afterStops: [Phrase] = []
    public var window = 6
    public var shortWindow = 2
    public var pseudo: [Phrase] = []
    /// Phrases that deny a finding in the words they govern, whatever a rule's polarity ("we found NO FAULT with the
    /// care provided", "NO CONCERNS WERE RAISED ABOUT the waiting list"): neither a problem nor a gap.
    public var cleared: [Phrase] = []
    public var deficit: [Phrase] = []
    /// Quantified shortfalls whose scope is the rest of the sentence ("ONLY 31% OF people said they knew who to contact").
    public var shortfall: [Phrase] = []
    public var hypothetical: [Phrase] = []
    public var historical: [Phrase] = []
    public var recommendation: [Phrase] = []
    public var terminators: [Phrase] = []

    public init() {}
}

/// A position in a rule file, for messages like `Rules/themes.yaml:42:9`.
public struct RuleSourceLocation: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// Everything loaded from a rules folder: labels, rules, context cues, spelling map, quadrant templates and the
/// optional statistical model.
public struct RuleBook: Sendable {
    public var labels: [Label]
    public var rules: [Rule]
    public var cues: ContextCues
    public var spelling: [String: String]
    public var quadrant: QuadrantTemplates
    /// SHA-256 over the rule files' names and bytes, in name order.
    public var hash: String
    /// The statistical model of `model.json`, when the folder has one.
    public var model: TextModel? = nil

    public var catalog: LabelCatalog {
        LabelCatalog(entries: labels.map { .init(code: $0.code, name: $0.name, definition: $0.definition) })
    }
}
