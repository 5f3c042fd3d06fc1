"""One module per `dateline` subcommand; see `dateline.cli`."""
