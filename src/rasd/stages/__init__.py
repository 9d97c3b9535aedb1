"""Pipeline stages: one module per task.  Stages never import each other; they talk only
through the Document's layers.  Names and versions are listed in `rasd.registry`."""
