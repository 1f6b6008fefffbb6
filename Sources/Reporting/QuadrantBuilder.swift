import DocumentModel

/// Builds a learning quadrant (individual practice · governance · board assurance · system) from the labels
/// found: questions from `quadrant.yaml` templates keyed by label, ranked by evidence (documents, then
/// passages), sharpened with specifics found in the evidence (`{group}`, `{agency}`, `{need}`), deduplicated,
/// each citing its evidence.
public struct QuadrantBuilder: Sendable {
    public struct Entry: Sendable, Equatable {
        public var question: String
        public var label: String
        public var documents: Int
        public var passages: Int
        public var citation: BatchSummary.Citation?
    }

    public var templates: QuadrantTemplates
    public var catalog: LabelCatalog
    public var perQuadrant: Int

    /// Gazetteer phrases folded once (see `folded`), in the same order as `templates.specifics`.
    private let foldedSpecifics: [[(phrase: String, folded: FoldedText)]]
    /// Templates per label and quadrant, split once into text and `{kind}` pieces.
    private let compiled: [String: [QuadrantTemplates.Quadrant: [Template]]]

    public init(templates: QuadrantTemplates, catalog: LabelCatalog, perQuadrant: Int = 5) {
        self.templates = templates
        self.catalog = catalog
        self.perQuadrant = perQuadrant
        foldedSpecifics = templates.specifics.map { $0.phrases.map { ($0, Self.folded($0)) } }
        let kinds = Dictionary(templates.specifics.enumerated().map { ($1.kind, $0) }, uniquingKeysWith: { first, _ in first })
        compiled = templates.questions.mapValues { $0.mapValues { $0.map { Template($0, kinds: kinds) } } }
    }

    public func build(_ summary: BatchSummary) -> [(QuadrantTemplates.Quadrant, [Entry])] {
        let labels = summary.rankedLabels.filter(LabelCode.isTopLevel)
        var folded: [String: [FoldedText]] = [:]
        for label in labels { folded[label] = (summary.citations[label] ?? []).map { Self.folded($0.text) } }
        return QuadrantTemplates.Quadrant.allCases.map { quadrant in
            var seen = Set<String>()
            var entries: [Entry] = []
            for label in labels where entries.count < perQuadrant {
                let texts = folded[label] ?? []
                guard let question = bestQuestion(label: label, quadrant: quadrant, evidence: texts),
                      seen.insert(question.lowercased()).inserted else { continue }
                entries.append(Entry(question: question, label: label,
                                     documents: summary.documentsByLabel[label]?.count ?? 0,
                                     passages: summary.passagesByLabel[label] ?? 0,
                                     citation: summary.citations[label]?.first))
            }
            return (quadrant, entries)
        }
    }

    /// The first template whose placeholders can all be filled from the evidence; templates with placeholders
    /// come first because they are the sharper ones.
    func bestQuestion(label: String, quadrant: QuadrantTemplates.Quadrant, evidence: [FoldedText]) -> String? {
        guard let byQuadrant = compiled[label] else { return fallback(label: label, quadrant: quadrant) }
        let candidates = byQuadrant[quadrant] ?? []
        var found: [Int: String?] = [:]
        for template in candidates where template.isSharp {
            if let filled = fill(template, evidence: evidence, found: &found) { return filled }
        }
        return candidates.first { !$0.isSharp }?.text
    }

    /// The template with every placeholder filled from the evidence, or nil; `found` memoises specifics by kind.
    private func fill(_ template: Template, evidence: [FoldedText], found: inout [Int: String?]) -> String? {
        guard let pieces = template.pieces else { return nil }
        var result = ""
        for piece in pieces {
            switch piece {
            case .text(let text): result += text
            case .specific(let kind):
                if found[kind] == nil { found[kind] = .some(specific(kind, in: evidence)) }
                guard let phrase = found[kind]! else { return nil }
                result += phrase
            }
        }
        return result
    }

    /// A plain question for a label that `quadrant.yaml` has no templates for, so no finding goes unasked.
    func fallback(label: String, quadrant: QuadrantTemplates.Quadrant) -> String {
        let topic = catalog.name(of: label).lowercased()
        switch quadrant {
        case .individual: return "How does my own practice take account of \(topic)?"
        case .governance: return "How does our organisation know whether \(topic) affects the people we support?"
        case .board: return "How are we assured that learning on \(topic) is being acted on?"
        case .system: return "How do partners across the system work together on \(topic)?"
        }
    }

    /// The first gazetteer phrase of kind `index` found in the evidence.
    func specific(_ index: Int, in evidence: [FoldedText]) -> String? {
        foldedSpecifics[index].first { phrase in evidence.contains { $0.contains(phrase.folded) } }?.phrase
    }

    /// Lower-cased, with every run of non-alphanumerics one space, padded: " family were not consulted ".
    static func folded(_ text: String) -> FoldedText { FoldedText(text) }
}

extension QuadrantBuilder {
    /// A question template split into literal text and `{kind}` placeholders (indices into the gazetteers).
    struct Template {
        enum Piece { case text(String), specific(Int) }
        var text: String
        /// Nil when a placeholder names no known kind: such a template can never be filled.
        var pieces: [Piece]?
        var isSharp: Bool

        init(_ text: String, kinds: [String: Int]) {
            self.text = text
            isSharp = text.contains("{")
            var pieces: [Piece] = []
            var rest = Substring(text)
            while let open = rest.firstIndex(of: "{") {
                if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
                guard let close = rest[open...].firstIndex(of: "}"),
                      let kind = kinds[String(rest[rest.index(after: open)..<close])] else { self.pieces = nil; return }
                pieces.append(.specific(kind))
                rest = rest[rest.index(after: close)...]
            }
            if !rest.isEmpty { pieces.append(.text(String(rest))) }
            self.pieces = pieces
        }
    }
}

/// Renders the quadrant as Markdown (`quadrant.md`).
public enum QuadrantMarkdownWriter {
    public static func render(_ quadrant: [(QuadrantTemplates.Quadrant, [QuadrantBuilder.Entry])], catalog: LabelCatalog,
                              summary: BatchSummary, title: String = "Learning quadrant") -> String {
        var out = "# \(title)\n\n"
        out += "Built from \(summary.documents) document(s) and \(summary.passages) passage(s). "
        out += "Each question is drawn from the label with the most evidence; the evidence is cited beneath it.\n"
        for (part, entries) in quadrant {
            out += "\n## \(part.title)\n\n"
            if entries.isEmpty {
                out += "- Not assessed: the documents gave no evidence that maps to this quadrant.\n"
                continue
            }
            for entry in entries {
                out += "- \(entry.question)\n"
                out += "  - *\(entry.label) \(catalog.name(of: entry.label))*: \(entry.documents) document(s), \(entry.passages) passage(s)"
                if let citation = entry.citation {
                    let section = citation.section.isEmpty ? "" : " § " + citation.section.joined(separator: " › ")
                    out += "; e.g. \(citation.document)\(section) (\(citation.passage)): “\(citation.match)”"
                }
                out += "\n"
            }
        }
        return out
    }
}
