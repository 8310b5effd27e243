import Crypto
import Foundation
import NIOSSH

/// `SHA256:…` as OpenSSH prints a key's fingerprint (ssh-keygen -l, sshd's log): the SHA-256
/// of the key's wire form, in base64 without padding.
public enum KeyFingerprint {
    public static func sha256(_ key: NIOSSHPublicKey) -> String {
        let fields = String(openSSHPublicKey: key).split(separator: " ")
        guard fields.count >= 2, let blob = Data(base64Encoded: String(fields[1])) else { return "SHA256:?" }
        let digest = Data(SHA256.hash(data: blob)).base64EncodedString()
        return "SHA256:" + digest.replacingOccurrences(of: "=", with: "")
    }
}
