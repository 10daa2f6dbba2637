from narvard_desktop.cli import main

raise SystemExit(main())
