/// Why a label was assigned: which rule matched which span, and in what context.
public struct Evidence: Sendable, Equatable {
    public var label: String
    public var rule: String
    public var match: String
    /// Offsets in Unicode scalars into the passage text (as Python indexes strings), end exclusive.
    public var start: Int
    public var end: Int
    /// `asserted`, `negated`, `deficit`, `recommendation`, `historical`; `model` for a label the statistical model
    /// added (`rule` is `model.<label>`, `match` the sentence that adds most to the label's score, `weight` the probability).
    public var context: String
    public var weight: Double

    public init(label: String, rule: String, match: String, start: Int, end: Int, context: String, weight: Double) {
        self.label = label
        self.rule = rule
        self.match = match
        self.start = start
        self.end = end
        self.context = context
        self.weight = weight
    }
}

/// The labels of one passage with their evidence and scores.
public struct Classification: Sendable, Equatable {
    /// Label codes in canonical order (parents listed with their sub-items).
    public var labels: [String]
    public var evidence: [Evidence]
    /// Score per assigned label.
    public var scores: [String: Double]

    public init(labels: [String] = [], evidence: [Evidence] = [], scores: [String: Double] = [:]) {
        self.labels = labels
        self.evidence = evidence
        self.scores = scores
    }
}

/// A passage and what the classifier found in it.
public struct ClassifiedPassage: Sendable {
    public var passage: Passage
    public var result: Classification

    public init(passage: Passage, result: Classification) {
        self.passage = passage
        self.result = result
    }
}
