import DocumentModel

/// Builds a learning quadrant (individual practice · governance · board assurance · system) from the labels
/// found: questions from `quadrant.yaml` templates keyed by label, ranked by evidence (documents, then
/// passages), sharpened with specifics found in the evidence (`{group}`, `{agency}`, `{need}`), deduplicated,
/// each citing its evidence.
public struct QuadrantBuilder {
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
    private let foldedSpecifics: [[(phrase: String, folded: String)]]

    public init(templates: QuadrantTemplates, catalog: LabelCatalog, perQuadrant: Int = 5) {
        self.templates = templates
        self.catalog = catalog
        self.perQuadrant = perQuadrant
        foldedSpecifics = templates.specifics.map { $0.phrases.map { ($0, Self.folded($0)) } }
    }

    public func build(_ summary: BatchSummary) -> [(QuadrantTemplates.Quadrant, [Entry])] {
        let labels = summary.rankedLabels.filter { LabelCode.parent(of: $0) == nil }
        var folded: [String: [String]] = [:]
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
    func bestQuestion(label: String, quadrant: QuadrantTemplates.Quadrant, evidence: [String]) -> String? {
        guard let byQuadrant = templates.questions[label] else { return fallback(label: label, quadrant: quadrant) }
        let candidates = byQuadrant[quadrant] ?? []
        let sharp = candidates.filter { $0.contains("{") }
        for template in sharp {
            if let filled = fill(template, evidence: evidence) { return filled }
        }
        return candidates.first { !$0.contains("{") }
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

    /// Fills `{kind}` placeholders from `evidence` (texts already `folded`); nil when a specific is not found.
    func fill(_ template: String, evidence: [String]) -> String? {
        var result = template
        for (index, specific) in templates.specifics.enumerated() where result.contains("{\(specific.kind)}") {
            guard let found = foldedSpecifics[index].first(where: { phrase in evidence.contains { $0.contains(phrase.folded) } })
            else { return nil }
            result = result.replacingOccurrences(of: "{\(specific.kind)}", with: found.phrase)
        }
        return result.contains("{") ? nil : result
    }

    /// Lower-cased, with every run of non-alphanumerics one space, padded: " family were not consulted ".
    static func folded(_ text: String) -> String {
        var out = " "
        for scalar in text.lowercased().unicodeScalars {
            let keep = scalar.isASCII ? (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) : scalar.properties.isAlphabetic
            if keep { out.unicodeScalars.append(scalar) } else if out.last != " " { out.append(" ") }
        }
        if out.last != " " { out.append(" ") }
        return out
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
