"""`python -m claimledger.cli`: the same command as `claimledger`."""
from claimledger.cli import main

main()
