import DocumentModel

/// Renders `manifest.json` (pretty enough to read, stable key order).
public enum ManifestWriter {
    public static func render(_ manifest: RunManifest) -> String {
        var out = "{\n"
        out += "  \"tool\": \(JSONValue.string(manifest.tool).rendered()),\n"
        out += "  \"version\": \(JSONValue.string(manifest.version).rendered()),\n"
        out += "  \"rules_sha256\": \(JSONValue.string(manifest.rulesHash).rendered()),\n"
        out += "  \"started\": \(JSONValue.string(manifest.started).rendered()),\n"
        out += "  \"finished\": \(JSONValue.string(manifest.finished).rendered()),\n"
        out += "  \"summary\": " + JSONValue.object([
            ("documents", .int(manifest.documents.count)), ("ok", .int(manifest.count(.ok))),
            ("failed", .int(manifest.count(.failed))), ("skipped", .int(manifest.count(.skipped))),
        ]).rendered() + ",\n"
        out += "  \"documents\": [\n"
        out += manifest.documents.map { "    " + entry($0).rendered() }.joined(separator: ",\n")
        out += manifest.documents.isEmpty ? "  ]\n}\n" : "\n  ]\n}\n"
        return out
    }

    static func entry(_ entry: RunManifest.Entry) -> JSONValue {
        func optional(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
        let properties = entry.properties
        return .object([
            ("path", .string(entry.path)), ("sha256", optional(entry.sha256)), ("format", optional(entry.format)),
            ("status", .string(entry.status.rawValue)), ("error", optional(entry.error)),
            ("warnings", .array(entry.warnings.map { .string($0) })), ("passages", .int(entry.passages)),
            ("title", optional(properties.title)), ("author", optional(properties.author)),
            ("created", optional(properties.created)), ("modified", optional(properties.modified)),
        ])
    }
}
