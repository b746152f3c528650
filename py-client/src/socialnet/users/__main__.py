"""python -m socialnet.users: the same as the socialnet-user command."""

import sys

from socialnet.users.cli import main

sys.exit(main())
