"""Pure domain layer: enums, dataclasses, status rules and errors. No I/O, no Qt."""
