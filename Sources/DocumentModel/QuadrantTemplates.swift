/// Question templates for the learning quadrant, keyed by label (loaded from `Rules/quadrant.yaml`).
public struct QuadrantTemplates: Sendable, Equatable {
    /// The bulletin's four quadrants, in its reading order.
    public enum Quadrant: String, Sendable, CaseIterable {
        case individual, governance, board, system

        public var title: String {
            switch self {
            case .individual: "Individual practice"
            case .governance: "Governance-focused learning"
            case .board: "Board assurance"
            case .system: "System learning points"
            }
        }
    }

    /// Gazetteers by kind (`group`, `agency`, `need`): phrases that sharpen a question's `{kind}` placeholder.
    public var specifics: [(kind: String, phrases: [String])]
    /// Templates per label code, per quadrant.
    public var questions: [String: [Quadrant: [String]]]

    public init(specifics: [(kind: String, phrases: [String])] = [], questions: [String: [Quadrant: [String]]] = [:]) {
        self.specifics = specifics
        self.questions = questions
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.questions == rhs.questions
            && lhs.specifics.map(\.kind) == rhs.specifics.map(\.kind)
            && lhs.specifics.map(\.phrases) == rhs.specifics.map(\.phrases)
    }
}
