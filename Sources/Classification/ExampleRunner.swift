import DocumentModel

/// Runs the inline `examples` of every label: `tagged` sentences must get the label, `not_tagged` must not.
public struct ExampleRunner {
    public init() {}

    /// One diagnostic per failing example, pointing at the example's line.
    public func run(_ compiled: CompiledRules) -> (checked: Int, failures: [RuleDiagnostic]) {
        let classifier = Classifier(compiled, model: false)  // the examples test the rules
        var failures: [RuleDiagnostic] = []
        var checked = 0
        for label in compiled.book.labels {
            for example in label.examples {
                checked += 1
                let (result, misses) = classifier.explain(example.text)
                let got = result.labels.contains(label.code)
                guard got != example.tagged else { continue }
                let labels = result.labels.isEmpty ? "no labels" : result.labels.joined(separator: ", ")
                var message = example.tagged
                    ? "example should be tagged \(label.code) but got \(labels): \"\(example.text)\""
                    : "example should not be tagged \(label.code): \"\(example.text)\""
                if example.tagged, let miss = misses.first(where: { $0.label == label.code || LabelCode.parent(of: $0.label) == label.code }) {
                    message += " (nearest: \(miss.rule) matched \"\(miss.match)\" but \(miss.reason))"
                } else if !example.tagged {
                    let fired = result.evidence.filter { $0.label == label.code || LabelCode.parent(of: $0.label) == label.code }
                    message += " (fired: " + fired.map { "\($0.rule) on \"\($0.match)\"" }.joined(separator: ", ") + ")"
                }
                failures.append(RuleDiagnostic(example.location, message))
            }
        }
        return (checked, failures)
    }
}
