"""One module per ``applytrack`` subcommand, each with ``register(sub)`` and ``run(args)``."""
