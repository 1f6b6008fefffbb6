import DocumentModel

/// Running totals of a batch, fed one classified passage at a time: label counts per passage and per document,
/// and the strongest evidence per label (bounded), which the quadrant cites.
public struct BatchSummary: Sendable {
    public struct Citation: Sendable, Equatable {
        public var document: String
        public var passage: String
        public var section: [String]
        public var text: String
        public var match: String
        public var score: Double
    }

    public private(set) var passagesByLabel: [String: Int] = [:]
    public private(set) var documentsByLabel: [String: Set<String>] = [:]
    public private(set) var citations: [String: [Citation]] = [:]
    public private(set) var documents = 0
    public private(set) var passages = 0
    /// The document closed last: its path, attributes and label → passages (a row of `matrix.csv`).
    public private(set) var lastDocument: (path: String, attributes: DocumentAttributes, labels: [String: Int])?
    /// Label → attribute (`organisation`, `review_type`, `year`) → value → documents carrying the label.
    public private(set) var attributeCounts: [String: [String: [String: Int]]] = [:]
    /// Top-level label pairs → passages carrying both.
    public private(set) var cooccurrence: [String: [String: Int]] = [:]
    /// The first `learningPointLimit` critical learning points (all are streamed to `learning_points.csv`).
    public private(set) var learningPoints: [LearningPoint] = []
    public private(set) var learningPointCount = 0
    private var currentLabels: [String: Int] = [:]
    private let citationsPerLabel: Int
    private let learningPointLimit: Int

    /// Memory stays bounded whatever the batch size: citations and learning points are capped, the rest are counters.
    public init(citationsPerLabel: Int = 5, learningPointLimit: Int = 200) {
        self.citationsPerLabel = citationsPerLabel
        self.learningPointLimit = learningPointLimit
    }

    /// Adds one passage; `learningPoints` when already extracted (on a worker thread), else they are found here.
    public mutating func add(_ item: ClassifiedPassage, document: String, learningPoints points: [LearningPoint]? = nil) {
        passages += 1
        let found = points ?? LearningPointExtractor.extract(item, document: document)
        learningPointCount += found.count
        if learningPoints.count < learningPointLimit { learningPoints += found.prefix(learningPointLimit - learningPoints.count) }
        let top = item.result.labels.filter(LabelCode.isTopLevel)
        for a in top { for b in top { cooccurrence[a, default: [:]][b, default: 0] += 1 } }
        for label in item.result.labels {
            passagesByLabel[label, default: 0] += 1
            currentLabels[label, default: 0] += 1
            documentsByLabel[label, default: []].insert(document)
            let evidence = item.result.evidence.first { LabelCode.code($0.label, isIn: label) }
            let citation = Citation(document: document, passage: item.passage.id, section: item.passage.section,
                                    text: item.passage.text, match: evidence?.match ?? "", score: item.result.scores[label] ?? 0)
            addCitations(CollectionOfOne(citation), to: label)
        }
    }

    /// Adds a document's own summary (its passages added, and closed unless the document failed): the same totals,
    /// citations and learning points as adding its passages here one by one, for a summary that keeps at least as
    /// many citations per label as this one (the strongest of a union are the strongest of the parts' strongest).
    public mutating func merge(_ document: BatchSummary) {
        precondition(document.citationsPerLabel >= citationsPerLabel, "the document summary keeps fewer citations")
        passages += document.passages
        documents += document.documents
        learningPointCount += document.learningPointCount
        if learningPoints.count < learningPointLimit {
            learningPoints += document.learningPoints.prefix(learningPointLimit - learningPoints.count)
        }
        for (a, row) in document.cooccurrence { for (b, n) in row { cooccurrence[a, default: [:]][b, default: 0] += n } }
        for (label, n) in document.passagesByLabel { passagesByLabel[label, default: 0] += n }
        for (label, n) in document.currentLabels { currentLabels[label, default: 0] += n }
        for (label, paths) in document.documentsByLabel { documentsByLabel[label, default: []].formUnion(paths) }
        for (label, list) in document.citations { addCitations(list, to: label) }
        for (label, byName) in document.attributeCounts {
            for (name, values) in byName {
                for (value, n) in values { attributeCounts[label, default: [:]][name, default: [:]][value, default: 0] += n }
            }
        }
        if let last = document.lastDocument { lastDocument = last }
    }

    /// Keeps the strongest `citationsPerLabel` of a label's citations and these: each new one is inserted in order
    /// (after any equal) when it beats the weakest kept, in place (a copy of the list per passage was the summary's
    /// main cost; so was re-sorting it).
    private mutating func addCitations<New: Collection<Citation>>(_ new: New, to label: String) {
        var list = citations.removeValue(forKey: label) ?? []
        for citation in new {
            if list.count >= citationsPerLabel, let weakest = list.last, !Self.stronger(citation, weakest) { continue }
            var low = 0, high = list.count
            while low < high {
                let middle = (low + high) / 2
                if Self.stronger(citation, list[middle]) { high = middle } else { low = middle + 1 }
            }
            list.insert(citation, at: low)
            if list.count > citationsPerLabel { list.removeLast() }
        }
        citations[label] = list
    }

    /// Citation order: higher score first, then document and passage id (a total order, so merging is exact).
    private static func stronger(_ a: Citation, _ b: Citation) -> Bool {
        (a.score, b.document, b.passage) > (b.score, a.document, a.passage)
    }

    /// Closes the current document: its label counts become a matrix row.
    public mutating func documentDone(path: String, attributes: DocumentAttributes) {
        documents += 1
        lastDocument = (path, attributes, currentLabels)
        for label in currentLabels.keys {
            for (name, value) in [("organisation", attributes["organisation"]), ("review_type", attributes["review_type"]),
                                  ("year", attributes.year)] {
                if let value { attributeCounts[label, default: [:]][name, default: [:]][value, default: 0] += 1 }
            }
        }
        currentLabels = [:]
    }

    /// Labels found, strongest first: by documents, then passages, then code.
    public var rankedLabels: [String] {
        passagesByLabel.map { (label: $0.key, documents: documentsByLabel[$0.key]?.count ?? 0, passages: $0.value) }
            .sorted { a, b in
                (a.documents, a.passages) != (b.documents, b.passages) ? (a.documents, a.passages) > (b.documents, b.passages)
                    : LabelCode.precedes(a.label, b.label)
            }
            .map(\.label)
    }
}
