import AnnexDomain
import Foundation

/// Small records with every field set, for round trips.
enum Samples {
    static let day = Day("2026-11-29")!
    static let instant = Date(timeIntervalSince1970: 1_796_000_000.125)

    static var config: WorkspaceConfig {
        var matrix = RiskMatrix.standard5x5
        matrix.cells = (1...5).map { l in (1...5).map { i in l * i >= 15 ? "critical" : l * i >= 8 ? "high" : l * i >= 4 ? "medium" : "low" } }
        return WorkspaceConfig(
            organisation: "Nordlicht Logistik GmbH", scope: "All of it:\nHQ and the cloud platform.",
            riskMatrix: matrix,
            people: [
                Person(id: "jweiss", name: "Jürgen Weiß", role: "CISO", email: "jw@example.org"),
                Person(id: "aauditor", name: "Ana Auditor", role: "Internal auditor"),
            ]
        )
    }

    static var risk: Risk {
        Risk(
            id: "R-001", title: "Ransomware encrypts file servers", description: "Line one\nLine two: with colon",
            assets: ["File server", "Backups"], threat: "Criminal group", vulnerability: "Flat network",
            owner: "jweiss", inherent: RiskRating(likelihood: 4, impact: 5), treatment: .retain,
            controls: ["A.8.13", "A.8.7"], plan: "yes", due: day.adding(days: 30),
            residual: RiskRating(likelihood: 2, impact: 5),
            acceptance: RiskAcceptance(by: "jweiss", on: day, rationale: "Cost of further controls too high", validUntil: day.adding(days: 365)),
            nextReview: day.adding(days: 90), status: .accepted
        )
    }

    static var evidence: EvidenceRecord {
        EvidenceRecord(
            id: "EV-001", title: "Backup restore test Q3", location: "evidence/files/restore.pdf",
            sha256: String(repeating: "ab", count: 32), owner: "jweiss", effective: day, expires: day.adding(days: 365)
        )
    }

    static var audit: Audit {
        Audit(
            id: "IA-2026-1", title: "Internal audit 2026", type: .internal_, status: .inProgress, scope: "ISMS",
            criteria: ["ISO/IEC 27001:2022", "Security policy v3"], auditors: ["aauditor"], auditees: ["Jürgen Weiß (CISO)"],
            start: day, end: day.adding(days: 2), checklist: ["4.1", "A.5.15", "A.8.13"], followUpOf: nil, conclusion: "—"
        )
    }

    static var finding: Finding {
        Finding(
            id: "F-7K3Q9D", item: "A.8.13", classification: .minor, statement: "Restore test \"partial\"; ✓ Überprüfung",
            evidence: "Ticket #44", interviewee: "Jürgen Weiß", role: "CISO", method: .test,
            sample: AuditSample(population: "backup jobs 2026", populationSize: 250, size: 3, method: "seeded-random",
                                seed: 18_446_744_073_709_551_557, items: ["job-4", "job-77", "job-201"]),
            auditor: "aauditor", at: instant
        )
    }

    static var events: [AuditEvent] {
        var typo = finding
        typo.id = "F-0000"
        typo.statement = "Logged on the wrong item"
        typo.at = instant.addingTimeInterval(80)
        var edited = finding
        edited.statement = "Restore test incomplete"
        edited.at = instant.addingTimeInterval(60)
        return [
            .logged(finding),
            .itemMarked(item: "4.1", state: .notAudited, by: "aauditor", at: instant.addingTimeInterval(30)),
            .edited(edited),
            .logged(typo),
            .withdrawn(findingID: "F-0000", reason: "typo", by: "aauditor", at: instant.addingTimeInterval(90)),
        ]
    }

    static var action: CorrectiveAction {
        CorrectiveAction(
            id: "CA-001", audit: "IA-2026-1", finding: "F-7K3Q9D", rootCause: "No owner", action: "Assign owner",
            owner: "jweiss", due: day.adding(days: 14), status: .verified,
            verification: EffectivenessReview(by: "aauditor", on: day.adding(days: 60), effective: true, note: "Works")
        )
    }

    static var workspace: Workspace {
        var workspace = Workspace.new(organisation: "x")
        workspace.config = config
        var entry = workspace.soa["A.7.4"]!
        entry.applicable = false
        entry.justification = "No premises of our own: 'hosted'"
        entry.status = .planned
        entry.owner = "jweiss"
        entry.evidence = ["EV-001"]
        entry.notes = "multi\nline"
        entry.reviewed = day
        workspace.soa.upsert(entry)
        workspace.risks = [risk]
        workspace.evidence = [evidence]
        workspace.audits = [audit]
        workspace.auditLogs = ["IA-2026-1": AuditLog(events: events)]
        workspace.actions = [action]
        return workspace
    }
}
