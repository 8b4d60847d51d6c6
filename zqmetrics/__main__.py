from zqmetrics.cli import main

raise SystemExit(main())
