from accountregistry.cli import main

raise SystemExit(main())
