"""A throwaway certificate authority for HTTPS test servers on 127.0.0.1.

msal refuses a plain-http authority, so the fake Microsoft identity server must speak
HTTPS, and the real client code must trust it the way it would trust any CA in
production: through ``REQUESTS_CA_BUNDLE`` (requests) or ``SSL_CERT_FILE`` (ssl). This
module makes one CA (with trustme) and a server certificate for ``127.0.0.1`` and
``localhost``, and writes the CA to a PEM file those variables can point at.
"""

from __future__ import annotations

import atexit
import shutil
import ssl
import tempfile
from dataclasses import dataclass
from pathlib import Path

import trustme


@dataclass(frozen=True)
class TestCA:
    """A CA file clients trust and a server context signed by that CA."""

    __test__ = False  # not a pytest test class

    ca_file: Path
    ca: trustme.CA
    server_cert: trustme.LeafCert

    def server_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.server_cert.configure_cert(ctx)
        return ctx

    def client_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca_file))

    def env(self) -> dict[str, str]:
        """Variables that make requests (and ssl's default context) trust this CA only."""
        return {"REQUESTS_CA_BUNDLE": str(self.ca_file), "SSL_CERT_FILE": str(self.ca_file)}


def make_ca(directory: Path | None = None) -> TestCA:
    """A new CA and a leaf for 127.0.0.1/localhost; the CA PEM goes to ``directory``."""
    ca = trustme.CA()
    leaf = ca.issue_cert("127.0.0.1", "localhost")
    folder = directory
    if folder is None:
        # A process-wide CA (microsoft_env.shared_ca) has no test to own its folder, so
        # the folder goes when the process does rather than piling up in /tmp.
        folder = Path(tempfile.mkdtemp(prefix="applytrack-ca-"))
        atexit.register(shutil.rmtree, folder, True)
    ca_file = folder / "test-ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    return TestCA(ca_file=ca_file, ca=ca, server_cert=leaf)
