from kokugai.cli import main

main()
