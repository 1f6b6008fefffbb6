import DocumentModel
import Foundation
import GRDB
import GRDBSQLite

/// Writes `reviewlens.sqlite` (through GRDB) one document at a time: documents, attributes, passages, their
/// labels and evidence, and the label catalogue; built under a temporary name and renamed into place.
///
/// "Documents per theme per year":
/// `SELECT d.year, l.label, COUNT(DISTINCT d.id) FROM passage_labels l JOIN passages p ON p.id = l.passage_id
///  JOIN documents d ON d.id = p.document_id GROUP BY 1, 2;`
public final class SQLiteWriter {
    static let schema = """
    CREATE TABLE documents(id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, sha256 TEXT, format TEXT, status TEXT NOT NULL,
      error TEXT, passages INTEGER NOT NULL, title TEXT, organisation TEXT, review_type TEXT, date TEXT, year TEXT);
    CREATE TABLE attributes(document_id INTEGER NOT NULL REFERENCES documents(id), name TEXT NOT NULL, value TEXT NOT NULL);
    CREATE TABLE labels(code TEXT PRIMARY KEY, name TEXT NOT NULL, family TEXT NOT NULL, parent TEXT);
    CREATE TABLE passages(id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id), passage TEXT NOT NULL,
      kind TEXT NOT NULL, section TEXT NOT NULL, text TEXT NOT NULL);
    CREATE TABLE passage_labels(passage_id INTEGER NOT NULL REFERENCES passages(id), label TEXT NOT NULL, score REAL NOT NULL);
    CREATE TABLE evidence(passage_id INTEGER NOT NULL REFERENCES passages(id), label TEXT NOT NULL, rule TEXT NOT NULL,
      match TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, context TEXT NOT NULL);
    CREATE VIEW document_labels AS SELECT DISTINCT p.document_id, l.label FROM passage_labels l JOIN passages p ON p.id = l.passage_id;
    """
    /// Built once at the end: one sort instead of index maintenance on every insert.
    static let indexes = """
    CREATE INDEX passage_labels_label ON passage_labels(label);
    CREATE INDEX passages_document ON passages(document_id);
    """

    private let destination: URL
    private let temporary: URL
    private let queue: DatabaseQueue

    public init(_ destination: URL) throws {
        self.destination = destination
        temporary = destination.deletingLastPathComponent().appendingPathComponent(".\(destination.lastPathComponent).\(getpid()).tmp")
        try? FileManager.default.removeItem(at: temporary)
        var configuration = Configuration()
        configuration.journalMode = .default
        // One transaction for the whole run (the file is a temporary until `commit` renames it): no per-document commit.
        configuration.allowsUnsafeTransactions = true
        queue = try DatabaseQueue(path: temporary.path, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE; PRAGMA cache_size = -16384;")
            try db.execute(sql: Self.schema)
            try db.beginTransaction()
        }
    }

    deinit { try? FileManager.default.removeItem(at: temporary) }

    public func add(_ entry: RunManifest.Entry, attributes: DocumentAttributes, passages: [ClassifiedPassage]) throws {
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: """
                INSERT INTO documents(path, sha256, format, status, error, passages, title, organisation, review_type, date, year)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [entry.path, entry.sha256, entry.format, entry.status.rawValue, entry.error, entry.passages,
                                 attributes["title"], attributes["organisation"], attributes["review_type"], attributes["date"],
                                 attributes.year])
            let document = db.lastInsertedRowID
            for (name, value) in attributes.values {
                try db.execute(sql: "INSERT INTO attributes VALUES (?, ?, ?)", arguments: [document, name, value])
            }
            // Rows bound straight through SQLite's C interface: GRDB's `StatementArguments` boxes every value, which
            // cost more than SQLite itself for the thousands of rows a batch writes.
            let passageRow = try RawStatement(db.cachedStatement(
                sql: "INSERT INTO passages(document_id, passage, kind, section, text) VALUES (?, ?, ?, ?, ?)"))
            let labelRow = try RawStatement(db.cachedStatement(sql: "INSERT INTO passage_labels VALUES (?, ?, ?)"))
            let evidenceRow = try RawStatement(db.cachedStatement(sql: "INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?)"))
            for item in passages {
                passageRow.bind(1, document)
                passageRow.bind(2, item.passage.id)
                passageRow.bind(3, item.passage.kind.rawValue)
                passageRow.bind(4, item.passage.section.joined(separator: " > "))
                passageRow.bind(5, item.passage.text)
                try passageRow.step(db)
                let passage = db.lastInsertedRowID
                for label in item.result.labels {
                    labelRow.bind(1, passage)
                    labelRow.bind(2, label)
                    labelRow.bind(3, item.result.scores[label] ?? 0)
                    try labelRow.step(db)
                }
                for e in item.result.evidence {
                    evidenceRow.bind(1, passage)
                    evidenceRow.bind(2, e.label)
                    evidenceRow.bind(3, e.rule)
                    evidenceRow.bind(4, e.match)
                    evidenceRow.bind(5, Int64(e.start))
                    evidenceRow.bind(6, Int64(e.end))
                    evidenceRow.bind(7, e.context)
                    try evidenceRow.step(db)
                }
            }
        }
    }

    /// Adds the label catalogue, closes the database and renames it into place.
    public func commit(catalog: LabelCatalog) throws {
        try queue.writeWithoutTransaction { db in
            for entry in catalog.entries {
                try db.execute(sql: "INSERT INTO labels VALUES (?, ?, ?, ?)",
                               arguments: [entry.code, entry.name, String(entry.code.prefix(2)), LabelCode.parent(of: entry.code)])
            }
            try db.execute(sql: Self.indexes)
            try db.commit()
        }
        try queue.close()
        guard rename(temporary.path, destination.path) == 0 else { throw ReportError.unwritable(destination.path) }
    }
}

/// One prepared INSERT, bound and stepped through SQLite's C interface (text copied by SQLite on bind).
private struct RawStatement {
    let handle: SQLiteStatement
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ statement: Statement) { handle = statement.sqliteStatement }

    func bind(_ index: Int32, _ value: Int64) { sqlite3_bind_int64(handle, index, value) }
    func bind(_ index: Int32, _ value: Double) { sqlite3_bind_double(handle, index, value) }
    func bind(_ index: Int32, _ value: String) {
        var value = value
        value.withUTF8 { bytes in
            guard let base = bytes.baseAddress else {
                // An empty buffer may have no base address, which SQLite would store as NULL: bind "" instead.
                sqlite3_bind_text(handle, index, "", 0, Self.transient)
                return
            }
            sqlite3_bind_text(handle, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), Int32(bytes.count), Self.transient)
        }
    }

    /// Runs the INSERT and resets it for the next row.
    func step(_ db: Database) throws {
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
    }
}

/// `reviewlens counts`: documents and passages grouped by label, document or any attribute, read from the database.
public struct CountsQuery {
    public var groupBy: [String]
    public var filters: [(name: String, value: String)]

    public init(groupBy: [String], filters: [(name: String, value: String)]) {
        self.groupBy = groupBy
        self.filters = filters
    }

    /// Column names and rows (strings), sorted by the grouping columns.
    public func run(database: URL) throws -> (columns: [String], rows: [[String]]) {
        guard FileManager.default.fileExists(atPath: database.path) else {
            throw ReportError.unwritable("\(database.path) (no database: run `reviewlens run` first)")
        }
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: database.path, configuration: configuration)
        defer { try? queue.close() }
        var joins: [String] = []
        var selects: [String] = []
        var wheres: [String] = []
        var arguments: [DatabaseValueConvertible?] = []
        func column(_ name: String, _ index: Int) -> String {
            switch name {
            case "label": return "l.label"
            case "document": return "d.path"
            case "title", "organisation", "review_type", "date", "year", "format", "status": return "d.\(name)"
            default:
                joins.append("LEFT JOIN attributes a\(index) ON a\(index).document_id = d.id AND a\(index).name = ?")
                arguments.append(name)
                return "a\(index).value"
            }
        }
        for (index, name) in groupBy.enumerated() { selects.append("\(column(name, index)) AS \"\(name)\"") }
        var filterArguments: [DatabaseValueConvertible?] = []
        for (offset, filter) in filters.enumerated() {
            wheres.append("\(column(filter.name, 100 + offset)) = ?")
            filterArguments.append(filter.value)
        }
        let groups = groupBy.indices.map { String($0 + 1) }.joined(separator: ", ")
        let sql = """
            SELECT \(selects.map { $0 + ", " }.joined())COUNT(DISTINCT d.id), COUNT(DISTINCT p.id)
            FROM passage_labels l JOIN passages p ON p.id = l.passage_id JOIN documents d ON d.id = p.document_id
            \(joins.joined(separator: " "))
            \(wheres.isEmpty ? "" : "WHERE " + wheres.joined(separator: " AND "))
            \(groups.isEmpty ? "" : "GROUP BY \(groups) ORDER BY \(groups)")
            """
        let rows = try queue.read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments + filterArguments)).map { row in
                (0..<row.count).map { index -> String in
                    let value: DatabaseValue = row[index]
                    return value.isNull ? "" : (String.fromDatabaseValue(value) ?? Int64.fromDatabaseValue(value).map(String.init) ?? "\(value)")
                }
            }
        }
        return (groupBy + ["documents", "passages"], rows)
    }
}
