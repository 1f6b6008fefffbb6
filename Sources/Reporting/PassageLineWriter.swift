import DocumentModel

/// Renders one line of `passages.jsonl`: `{"doc","id","kind","section","text","labels","evidence","location"}`,
/// written straight into UTF-8 bytes (no intermediate JSON tree: this runs once per passage).
public enum PassageLineWriter {
    public static func line(_ item: ClassifiedPassage, document: String) -> String {
        let passage = item.passage
        var out: [UInt8] = []
        out.reserveCapacity(passage.text.utf8.count * 2 + 256)
        field("doc", first: true, &out); JSONValue.escape(document, into: &out)
        field("id", &out); JSONValue.escape(passage.id, into: &out)
        field("kind", &out); JSONValue.escape(passage.kind.rawValue, into: &out)
        field("section", &out); strings(passage.section, &out)
        field("text", &out); JSONValue.escape(passage.text, into: &out)
        field("labels", &out); strings(item.result.labels, &out)
        field("evidence", &out)
        out.append(UInt8(ascii: "["))
        for (index, e) in item.result.evidence.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            field("label", first: true, &out); JSONValue.escape(e.label, into: &out)
            field("rule", &out); JSONValue.escape(e.rule, into: &out)
            field("match", &out); JSONValue.escape(e.match, into: &out)
            field("start", &out); out += String(e.start).utf8
            field("end", &out); out += String(e.end).utf8
            field("context", &out); JSONValue.escape(e.context, into: &out)
            field("weight", &out); out += JSONValue.format(e.weight).utf8
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
        field("location", &out); JSONValue.escape(passage.location.description, into: &out)
        out += "}\n".utf8
        return String(decoding: out, as: UTF8.self)
    }

    /// `{"key":` for the first field of an object, `,"key":` after.
    private static func field(_ key: String, first: Bool = false, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: first ? "{" : ","))
        JSONValue.escape(key, into: &out)
        out.append(UInt8(ascii: ":"))
    }

    private static func strings(_ values: [String], _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            JSONValue.escape(value, into: &out)
        }
        out.append(UInt8(ascii: "]"))
    }
}
