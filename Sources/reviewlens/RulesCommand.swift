import ArgumentParser
import Classification
import Foundation

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Work with rule packs.", subcommands: [Check.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate the rule packs (file:line:col messages) and run their inline examples.")

        @OptionGroup var rules: RulesOption

        func run() throws {
            let compiled = try rules.load()
            let book = compiled.book
            let (checked, failures) = ExampleRunner().run(compiled)
            for failure in failures { print(failure.description) }
            if let model = book.model {
                print("statistical model: \(model.labels.count) labels, \(model.features.count) features, threshold "
                    + "\(model.parameters.threshold), trained on \(model.trainedOn) (examples test the rules alone)")
            }
            print("\(book.labels.count) labels, \(book.rules.count) rules, \(checked) examples: "
                + "\(checked - failures.count) passed, \(failures.count) failed")
            if !failures.isEmpty { throw ExitCode(1) }
        }
    }
}
