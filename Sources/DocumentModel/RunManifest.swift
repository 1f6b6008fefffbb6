/// What happened to every input of a run; written as `manifest.json`.
public struct RunManifest: Sendable {
    public enum Status: String, Sendable, Codable { case ok, failed, skipped }

    public struct Entry: Sendable, Codable {
        public var path: String
        public var sha256: String?
        public var format: String?
        public var status: Status
        public var error: String?
        public var warnings: [String]
        public var passages: Int
        public var properties: DocumentProperties

        public init(path: String, sha256: String? = nil, format: String? = nil, status: Status, error: String? = nil,
                    warnings: [String] = [], passages: Int = 0, properties: DocumentProperties = .init()) {
            self.path = path
            self.sha256 = sha256
            self.format = format
            self.status = status
            self.error = error
            self.warnings = warnings
            self.passages = passages
            self.properties = properties
        }
    }

    public var tool = "reviewlens"
    public var version: String
    public var rulesHash: String
    public var started: String
    public var finished: String
    public var documents: [Entry]

    public init(version: String, rulesHash: String, started: String, finished: String, documents: [Entry]) {
        self.version = version
        self.rulesHash = rulesHash
        self.started = started
        self.finished = finished
        self.documents = documents
    }

    public func count(_ status: Status) -> Int { documents.filter { $0.status == status }.count }
}
