import AnnexDomain

/// Drawing a sample: from pasted entries at once, from a workspace file through the store.
enum SampleDrawing {
    static func submit(_ form: SampleForm, _ state: inout AppState) -> [Effect] {
        guard let size = Int(form.size.text.trimmingWhitespace), size > 0 else {
            return reject(form, .size, .sampleSize, &state)
        }
        guard UInt64(form.seed.text.trimmingWhitespace) != nil else {
            return reject(form, .seed, .sampleSeed, &state)
        }
        if let path = form.populationFile {
            state.status = StatusMessage(.info, AuditsNotice.readingPopulation(path))
            return [.loadPopulation(path: path, form: form)]
        }
        let entries = AuditSampler.population(from: form.population.text)
        return draw(from: entries, source: "pasted list of \(entries.count)", size: size, form, &state)
    }

    static func draw(from entries: [String], source: String, size: Int, _ form: SampleForm, _ state: inout AppState) -> [Effect] {
        guard !entries.isEmpty else {
            return reject(form, .population, .noPopulation, &state)
        }
        let seed = UInt64(form.seed.text.trimmingWhitespace) ?? 0
        let sample = AuditSampler.sample(population: entries, describedAs: source, size: size, seed: seed)
        state.popup = nil
        if let checking = form.checking {
            let same = sample.items == checking.sample.items
            state.status = same
                ? StatusMessage(.info, AuditsNotice.redrawnSame(size: sample.size, finding: checking.finding, seed: seed))
                : StatusMessage(.warning, AuditsNotice.redrawnDiffers(finding: checking.finding, items: sample.items, population: entries.count, recorded: checking.sample.populationSize))
            return []
        }
        state.audits.session?.pendingSample = sample
        state.status = StatusMessage(.info, AuditsNotice.sampleDrawn(size: sample.size, population: entries.count, wholePopulation: size > entries.count,
                                                                     seed: seed, items: sample.items))
        return []
    }

    static func reject(_ form: SampleForm, _ field: SampleForm.Field, _ problem: AuditsFormProblem, _ state: inout AppState) -> [Effect] {
        form.rejected(problem.notice, at: field, &state)
    }
}
