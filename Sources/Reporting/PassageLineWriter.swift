import DocumentModel

/// Renders one line of `passages.jsonl`: `{"doc","id","kind","section","text","labels","evidence"}`.
public enum PassageLineWriter {
    public static func line(_ item: ClassifiedPassage, document: String) -> String {
        let passage = item.passage
        let evidence: [JSONValue] = item.result.evidence.map { e in
            .object([("label", .string(e.label)), ("rule", .string(e.rule)), ("match", .string(e.match)),
                     ("start", .int(e.start)), ("end", .int(e.end)), ("context", .string(e.context)),
                     ("weight", .double(e.weight))])
        }
        let value = JSONValue.object([
            ("doc", .string(document)), ("id", .string(passage.id)), ("kind", .string(passage.kind.rawValue)),
            ("section", .array(passage.section.map { .string($0) })), ("text", .string(passage.text)),
            ("labels", .array(item.result.labels.map { .string($0) })), ("evidence", .array(evidence)),
            ("location", .string(passage.location.description)),
        ])
        return value.rendered() + "\n"
    }
}
