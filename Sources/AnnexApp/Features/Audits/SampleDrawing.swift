import AnnexDomain

/// Drawing a sample: from pasted entries at once, from a workspace file through the store.
enum SampleDrawing {
    static func submit(_ form: SampleForm, _ state: inout AppState) -> [Effect] {
        guard let size = Int(form.size.text.trimmingWhitespace), size > 0 else {
            return reject(form, .size, "The sample size must be a whole number above 0", &state)
        }
        guard UInt64(form.seed.text.trimmingWhitespace) != nil else {
            return reject(form, .seed, "The seed must be a whole number (0 to 18446744073709551615)", &state)
        }
        if let path = form.populationFile {
            state.status = StatusMessage(.info, "Reading \(path)…")
            return [.loadPopulation(path: path, form: form)]
        }
        let entries = AuditSampler.population(from: form.population.text)
        return draw(from: entries, source: "pasted list of \(entries.count)", size: size, form, &state)
    }

    static func draw(from entries: [String], source: String, size: Int, _ form: SampleForm, _ state: inout AppState) -> [Effect] {
        guard !entries.isEmpty else {
            return reject(form, .population, "Paste the population (one entry per line) or give @path of a list in the workspace", &state)
        }
        let seed = UInt64(form.seed.text.trimmingWhitespace) ?? 0
        let sample = AuditSampler.sample(population: entries, describedAs: source, size: size, seed: seed)
        state.popup = nil
        if let checking = form.checking {
            let same = sample.items == checking.sample.items
            state.status = same
                ? StatusMessage(.info, "Redrawn: the same \(sample.size) items as \(checking.finding) (seed \(seed))")
                : StatusMessage(.warning, "Redrawn, and it differs from \(checking.finding): \(sample.items.prefix(4).joined(separator: ", ")) (population \(entries.count), recorded \(checking.sample.populationSize))")
            return []
        }
        state.audits.session?.pendingSample = sample
        let shown = sample.items.prefix(4).joined(separator: ", ") + (sample.items.count > 4 ? ", …" : "")
        let capped = size > entries.count ? " (the whole population)" : ""
        state.status = StatusMessage(.info, "Sample \(sample.size) of \(entries.count)\(capped), seed \(seed): \(shown); the next finding here records it")
        return []
    }

    static func reject(_ form: SampleForm, _ field: SampleForm.Field, _ message: String, _ state: inout AppState) -> [Effect] {
        var rejected = form
        rejected.field = field
        rejected.error = message
        state.popup = .sample(rejected)
        return []
    }
}
