"""ApplyTrack Desktop: a local-first job-application tracker that reads mail on the device."""

__version__ = "0.1.0"
