import DocumentModel

/// What the board sees, independent of format: what recurs and how strongly, the evidence, the questions to
/// ask, the critical learning points, and what could not be assessed. Rendered by the Markdown, HTML and DOCX
/// writers so the three say the same thing.
public struct BoardSummary: Sendable {
    public struct Finding: Sendable {
        public var code: String
        public var name: String
        public var documents: Int
        public var passages: Int
        public var strength: String
        public var examples: [BatchSummary.Citation]
    }

    public var title: String
    public var documentsRead: Int
    public var documentsFailed: [(path: String, reason: String)]
    public var passages: Int
    public var themes: [Finding]
    public var harmSources: [Finding]
    public var notFound: [(code: String, name: String)]
    public var questions: [(QuadrantTemplates.Quadrant, [QuadrantBuilder.Entry])]
    public var learningPoints: [LearningPoint]

    public init(summary: BatchSummary, manifest: RunManifest, catalog: LabelCatalog,
                quadrant: [(QuadrantTemplates.Quadrant, [QuadrantBuilder.Entry])], title: String = "Assurance summary") {
        self.title = title
        documentsRead = summary.documents
        documentsFailed = manifest.documents.filter { $0.status == .failed }.map { ($0.path, $0.error ?? "unknown") }
        passages = summary.passages
        let topLevel = catalog.entries.filter { LabelCode.parent(of: $0.code) == nil }
        func findings(_ family: String) -> [Finding] {
            topLevel.filter { $0.code.hasPrefix(family) && summary.passagesByLabel[$0.code] != nil }.map { entry in
                let documents = summary.documentsByLabel[entry.code]?.count ?? 0
                return Finding(code: entry.code, name: entry.name, documents: documents,
                               passages: summary.passagesByLabel[entry.code] ?? 0,
                               strength: Self.strength(documents: documents, of: summary.documents),
                               examples: Array((summary.citations[entry.code] ?? []).prefix(2)))
            }.sorted { ($0.documents, $0.passages) > ($1.documents, $1.passages) }
        }
        themes = findings("TH")
        harmSources = findings("HS")
        notFound = topLevel.filter { ($0.code.hasPrefix("TH") || $0.code.hasPrefix("HS")) && summary.passagesByLabel[$0.code] == nil }
            .map { ($0.code, $0.name) }
        questions = quadrant
        learningPoints = Array(summary.learningPoints.prefix(12))
    }

    /// Evidence strength in words: how many of the documents read show it.
    static func strength(documents: Int, of total: Int) -> String {
        switch documents {
        case 0: return "none"
        case 1: return "limited (1 document)"
        case _ where total > 0 && documents * 2 >= total && documents >= 3: return "strong (\(documents) of \(total) documents)"
        default: return "moderate (\(documents) of \(total) documents)"
        }
    }
}
