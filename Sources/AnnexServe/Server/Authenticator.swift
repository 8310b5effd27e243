import Foundation
import NIOCore
import NIOSSH

/// Decides who gets in: a listed key as its person; with `--anonymous`, any other key (and,
/// when no key is listed at all, a client with none) as a visitor; a password never.
/// NIOSSH has checked the key's signature before asking.
final class Authenticator: NIOSSHServerUserAuthenticationDelegate {
    private let connection: Connection
    private let keys: [NIOSSHPublicKey: String]
    private let anonymous: Bool

    init(connection: Connection, configuration: ServeConfiguration) {
        self.connection = connection
        keys = Dictionary(configuration.authorizedKeys.map { ($0.key, $0.person) }, uniquingKeysWith: { first, _ in first })
        anonymous = configuration.anonymous
    }

    let supportedAuthenticationMethods: NIOSSHAvailableUserAuthenticationMethods = .publicKey

    func requestReceived(request: NIOSSHUserAuthenticationRequest, responsePromise: EventLoopPromise<NIOSSHUserAuthenticationOutcome>) {
        connection.requestedUser = request.username
        switch request.request {
        case .publicKey(let offer):
            let fingerprint = KeyFingerprint.sha256(offer.publicKey)
            if let person = keys[offer.publicKey] {
                connection.authenticated(Access(person: person, fingerprint: fingerprint))
                responsePromise.succeed(.success)
            } else if anonymous {
                connection.authenticated(Access(person: nil, fingerprint: fingerprint))
                responsePromise.succeed(.success)
            } else {
                connection.refused("unknown key", fingerprint: fingerprint)
                responsePromise.succeed(.failure)
            }
        case .none:
            // Every client asks this first. Letting it in would keep a listed key from being
            // tried, so only a server with no listed keys lets keyless visitors in.
            if anonymous && keys.isEmpty {
                connection.authenticated(Access(person: nil, fingerprint: "-"))
                responsePromise.succeed(.success)
            } else {
                responsePromise.succeed(.failure)
            }
        case .password:
            connection.refused("password (never accepted)", fingerprint: nil)
            responsePromise.succeed(.failure)
        case .hostBased:
            connection.refused("host-based login (not accepted)", fingerprint: nil)
            responsePromise.succeed(.failure)
        }
    }
}
