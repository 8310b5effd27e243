/// The five attribute types ISO/IEC 27002:2022 gives every control. Raw values are the
/// hashtag names without `#`, as the standard and the reference data spell them.
public struct ControlAttributes: Sendable, Equatable {
    public var controlTypes: [ControlType]
    public var properties: [SecurityProperty]
    public var concepts: [CybersecurityConcept]
    public var capabilities: [OperationalCapability]
    public var domains: [SecurityDomain]

    public init(
        _ controlTypes: [ControlType], _ properties: [SecurityProperty], _ concepts: [CybersecurityConcept],
        _ capabilities: [OperationalCapability], _ domains: [SecurityDomain]
    ) {
        self.controlTypes = controlTypes
        self.properties = properties
        self.concepts = concepts
        self.capabilities = capabilities
        self.domains = domains
    }
}

public enum ControlType: String, Sendable, CaseIterable {
    case preventive = "Preventive", detective = "Detective", corrective = "Corrective"
}

public enum SecurityProperty: String, Sendable, CaseIterable {
    case confidentiality = "Confidentiality", integrity = "Integrity", availability = "Availability"
}

public enum CybersecurityConcept: String, Sendable, CaseIterable {
    case identify = "Identify", protect = "Protect", detect = "Detect", respond = "Respond", recover = "Recover"
}

public enum OperationalCapability: String, Sendable, CaseIterable {
    case governance = "Governance"
    case assetManagement = "Asset_management"
    case informationProtection = "Information_protection"
    case humanResourceSecurity = "Human_resource_security"
    case physicalSecurity = "Physical_security"
    case systemAndNetworkSecurity = "System_and_network_security"
    case applicationSecurity = "Application_security"
    case secureConfiguration = "Secure_configuration"
    case identityAndAccessManagement = "Identity_and_access_management"
    case threatAndVulnerabilityManagement = "Threat_and_vulnerability_management"
    case continuity = "Continuity"
    case supplierRelationshipsSecurity = "Supplier_relationships_security"
    case legalAndCompliance = "Legal_and_compliance"
    case informationSecurityEventManagement = "Information_security_event_management"
    case informationSecurityAssurance = "Information_security_assurance"
}

public enum SecurityDomain: String, Sendable, CaseIterable {
    case governanceAndEcosystem = "Governance_and_Ecosystem"
    case protection = "Protection"
    case defence = "Defence"
    case resilience = "Resilience"
}
