import ArgumentParser
import DocumentModel
import Foundation
import Reporting

struct Counts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Documents and passages per label, document or attribute, from a run's reviewlens.sqlite.")

    enum Format: String, ExpressibleByArgument { case table, csv, json }

    @Option(name: .long, help: "The output folder of a run.")
    var out: String = "Output"

    @Option(name: .long, parsing: .upToNextOption, help: "Group by: label, document, title, organisation, review_type, date, year, or any metadata.csv column.")
    var by: [String] = ["label"]

    @Option(name: .long, help: "Keep only documents whose attribute has this value: ATTR=VALUE (repeatable).")
    var `where`: [String] = []

    @Option(name: .long, help: "table, csv or json.")
    var format: Format = .table

    func run() throws {
        let filters = try `where`.map { clause -> (name: String, value: String) in
            guard let eq = clause.firstIndex(of: "="), eq != clause.startIndex else { throw Failure.usage("--where expects ATTR=VALUE, got '\(clause)'") }
            return (String(clause[..<eq]), String(clause[clause.index(after: eq)...]))
        }
        for name in by + filters.map(\.name) where !name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
            throw Failure.usage("'\(name)' is not an attribute name")
        }
        let result: (columns: [String], rows: [[String]])
        do {
            result = try CountsQuery(groupBy: by, filters: filters).run(database: URL(fileURLWithPath: out).appendingPathComponent("reviewlens.sqlite"))
        } catch let error as ReportError {
            throw Failure(message: "error: cannot read \(error)", status: 2)
        }
        switch format {
        case .csv:
            print(([result.columns] + result.rows).map { $0.map(CSV.field).joined(separator: ",") }.joined(separator: "\r\n"))
        case .json:
            let rows: [JSONValue] = result.rows.map { row in
                .object(zip(result.columns, row).map { column, value in
                    (column, column == "documents" || column == "passages" ? .int(Int(value) ?? 0) : .string(value))
                })
            }
            print(JSONValue.array(rows).rendered())
        case .table:
            let widths = result.columns.indices.map { i in ([result.columns[i]] + result.rows.map { $0[i] }).map(\.count).max() ?? 0 }
            for row in [result.columns] + result.rows {
                print(row.enumerated().map { $1.padding(toLength: widths[$0] + 2, withPad: " ", startingAt: 0) }.joined())
            }
        }
    }
}
