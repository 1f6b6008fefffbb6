/// A problem in a rule file, rendered the way a compiler reports one: `file:line:col: error: message`,
/// then the source line and a caret under the column.
public struct RuleDiagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    public var location: RuleSourceLocation
    public var message: String
    public var sourceLine: String?

    public init(_ location: RuleSourceLocation, _ message: String, sourceLine: String? = nil) {
        self.location = location
        self.message = message
        self.sourceLine = sourceLine
    }

    public var description: String {
        var text = "\(location): error: \(message)"
        if let sourceLine {
            text += "\n\(sourceLine)\n" + String(repeating: " ", count: max(location.column - 1, 0)) + "^"
        }
        return text
    }
}

/// All problems found in a rules folder; loading fails when there is at least one.
public struct RuleBookError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [RuleDiagnostic]

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n") + "\n\(diagnostics.count) error(s) in rule files"
    }
}
