import sys

from evaluation.score import main

sys.exit(main())
