import DocumentModel

/// The given names the redactor's full-name scanner looks for ("Jane Williams"), and the words that end a name.
///
/// Names in common use in the UK across its communities, written from general knowledge (names are facts); the
/// ones that are also ordinary words, months or places ("May", "Will", "Grace", "Victoria") are left out, as are
/// names the byte prefilter cannot see (longer than 12 letters, or with apostrophes or hyphens). Names are spelt
/// without accents: the scanner folds a passage's accented letters ("Sinéad" is found as "Sinead"). A batch's
/// other names go in `--names`.
enum GivenNames {
    /// The given names as the redactor's prefilter packs words (`Redactor.code`).
    static let codes: Set<UInt64> = {
        let ambiguous = Set(ambiguousList.split(whereSeparator: \.isWhitespace).map { $0.lowercased() })
        return Set(list.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
            .filter { !ambiguous.contains($0) && $0.count <= 12 && $0.allSatisfy { $0 >= "a" && $0 <= "z" } }
            .map(Redactor.code))
    }()

    /// Words that never continue a person's name: parts of an organisation's or a service's name, roles, and the
    /// small words of titles ("Queen Elizabeth The Queen Mother Hospital"). Common surnames that are also place
    /// words (Hall, Green, Hill, Ward, Day, Park, Lane) are not here: "Emma Hall" is a person.
    static let notSurnames: Set<String> = Set<String>([
        "hospital", "hospitals", "infirmary", "hospice", "unit", "units", "centre", "center", "clinic", "surgery",
        "practice", "trust", "foundation", "council", "board", "team", "teams", "service", "services", "health",
        "healthcare", "medical", "care", "home", "homes", "school", "college", "university", "academy", "institute",
        "building", "suite", "station", "mosque", "temple", "library", "prison", "community", "project", "fund",
        "award", "prize", "lecture", "fellowship", "report", "review", "inquiry", "act", "principle", "principles",
        "framework", "programme", "program", "protocol", "pathway", "standard", "standards", "charter", "training",
        "mandatory", "syndrome", "disease", "scale", "method", "model", "test", "assessment", "partnership", "group",
        "network", "society", "association", "memorial", "estate", "social", "worker", "workers", "nurse", "nurses",
        "road", "street", "avenue", "drive", "crescent", "gardens", "terrace", "mews", "parade",
    ]).union(functionWords)

    /// Capitalised in titles, never part of a name.
    static let functionWords: Set<String> = ["the", "of", "and", "for", "in", "on", "at", "to", "with", "by", "a", "an"]

    /// Words after a name that make it the name of a place or service ("John Radcliffe Hospital", "Mary Seacole
    /// House", "Florence Nightingale Ward"): those names stay.
    static let eponymFollowers: Set<String> = notSurnames.subtracting(functionWords).union(Redactor.streetTypes).union([
        "ward", "wards", "house", "hall", "lodge", "court", "wing", "tower", "towers", "bridge", "church", "park",
        "village", "centre's", "day",
    ])

    /// What distinguishes these lists from other versions of them (part of the redactor's fingerprint).
    static let fingerprint: String = SHA256.hex(Array((list + "|" + ambiguousList + "|" + notSurnames.sorted().joined(separator: " ")
        + "|" + eponymFollowers.sorted().joined(separator: " ")).utf8))

    /// 2,391 given names of ASCII letters, at most 12 (all the prefilter can see); the ambiguous ones are subtracted.
    static let list = """
    Aaliyah Aamir Aanya Aarav Aaron Aarti Abbas Abbie Abby Abdallah Abdi Abdikarim Abdirahman Abdirizak Abdul Abdulaziz
    Abdullah Abdullahi Abdulrahman Abdur Abdurrahman Abel Abena Abhishek Abi Abid Abigail Abimbola Abiodun Abiola
    Abraham Abu Abubakar Achieng Ada Adaeze Adam Addison Adebayo Adedayo Adeel Adekunle Adel Adele Adeline Ademola
    Adeola Adewale Adeyemi Adil Aditi Aditya Adjoa Adnan Adrian Adriana Adwoa Afolabi Afzal Agata Agne Agnes Agnieszka
    Ahmad Ahmed Ahmet Ai Aidan Aiden Ailbhe Aileen Ailsa Aimee Aine Ainsley Aisha Aishah Aisling Aissatou Aiste Ajay
    Ajit Ajith Akash Akbar Akhtar Akin Akosua Akram Akshay Akua Akwasi Alan Alana Alannah Alasdair Alastair Alba Albert
    Albie Alec Aled Alejandro Aleksander Aleksandra Alessandro Alessia Alex Alexa Alexander Alexandra Alexandre
    Alexandru Alexia Alexis Alf Alfie Alfred Ali Alia Alice Alicia Alicja Alina Alireza Alisha Alison Alistair Aliya
    Aliyah Allan Allen Allison Ally Alma Almaz Althea Alun Ama Amaka Amal Aman Amanda Amandeep Amanuel Amar Amara Amari
    Amarjit Amber Amelia Amelie Amie Amin Amina Aminah Aminata Amir Amira Amit Amjad Amrit Amy Ana Anand Anas Anastasia
    Anaya Anca Andre Andrea Andreas Andreea Andrei Andrew Andrius Andriy Androulla Andrzej Andy Aneta Aneurin Angel
    Angela Angelina Angharad Angie Angus Anh Anika Anil Anisa Anita Anjali Anju Ankit Ankita Ann Anna Annabel Annabelle
    Anne Annette Annie Anthony Antoni Antonia Antonio Antony Anura Anwar Anwen Aoife April Arabella Arafat Aram Arash
    Arben Archer Archie Arda Ari Aria Ariana Arif Arjun Arlene Arlo Arnel Arnold Aron Arshad Art Arthur Artur Arun
    Arunas Arya Asad Asha Ashish Ashleigh Ashley Ashok Ashraf Ashton Asif Aslam Asma Asta Astrid Athena Atif Attila
    Audrey Audrius August Aurelia Aurimas Aurora Ausra Austin Autumn Ava Avery Avinash Avraham Avril Awet Axel Ayaan
    Ayan Ayesha Ayla Aylin Ayo Ayodeji Ayodele Ayse Ayub Azad Azhar Aziz Babar Babatunde Bailey Balbir Baldev Baljit
    Balraj Balwinder Bao Baran Barbara Baris Barney Barrington Barry Bartlomiej Bartosz Baruch Bashir Basil Beata
    Beatrice Beatriz Beau Becky Begona Belinda Bella Ben Benjamin Bentley Bereket Berivan Bernadette Bernard Bernice Bernie
    Bert Bertie Beryl Besnik Bessie Beth Bethan Bethany Betty Beverley Beverly Bharat Bharti Bhavesh Bhavna Bhupinder
    Bianca Bilal Bill Billie Billy Biniam Binta Bjorn Blair Blake Blerim Blessing Blossom Bo Bob Bobbie Bobby Bodhi Bogdan
    Bola Bolaji Bonnie Bozena Bradley Brandon Brenda Brendan Brett Brian Brid Bridget Brittany Brody Bronagh Bronwen
    Brooke Brooklyn Bruce Bruno Bryan Bryn Bryony Bukola Burak Bushra Busra Byron Cai Caitlin Caleb Callum Calum Calvin
    Cameron Camila Camilla Can Candice Caoimhe Cara Carl Carla Carlos Carlton Carly Carmel Carmen Carol Carole Carolina
    Caroline Carolyn Carrie Carter Carys Casey Cassandra Cassie Catalin Catarina Cathal Catherine Cathy Catrin Catrina
    Catriona Cecil Cecilia Celia Celine Cem Ceri Cerys Chaim Chamari Chaminda Chantelle Charanjit Charity Charlene Charles
    Charlie Charlotte Charmaine Chase Chelsea Chen Cheng Cherry Cheryl Chester Chi Chiamaka Chidi Chidinma Chinedu Ching
    Chinyere Chioma Chipo Chloe Chris Christian Christina Christine Christopher Christos Chukwudi Chukwuemeka Chun Chung
    Cian Ciara Ciaran Cillian Clair Claire Clara Clare Clarence Claudette Claudia Cleo Cleveland Cliff Clifford Clifton
    Clinton Clive Clodagh Cody Colin Colleen Colm Comfort Connie Connor Conor Constance Constantin Cooper Cora Corey
    Cormac Courtney Craig Cristian Cristiano Cristina Crystal Curtis Cynthia Cyril Dafydd Dai Dainius Daisy Dale Dalia
    Damian Damien Damilola Dan Dane Daniel Daniela Danielle Danish Danny Dante Danuta Daphne Dara Darcey Darcie Darcy
    Darius Dariusz Darragh Darren Darryl Dave David Davinder Dawid Dawit Dawn Dayo Dean Debbie Deborah Debra Declan
    Deepa Deepak Deepika Deeqa Deirdre Delilah Delroy Delyth Demi Denisa Denise Deniz Dennis Derek Dermot Derya Des
    Desmond Destiny Dev Devon Dewi Dexter Dhruv Diana Diane Dianne Diarmuid Dilan Dilani Dilip Dilshan Dimitar Dimitri
    Dinesh Diogo Divine Divya Diya Diyar Dmytro Dolly Dolores Domantas Dominic Dominik Dominika Don Donal Donald Donna
    Donovan Dora Doreen Doris Dorota Dorothy Dot Douglas Dovid Dovydas Dragos Drew Dritan Duc Dudley Duke Duncan Dwayne
    Dwight Dylan Eamon Eamonn Earl Ebony Ebru Ed Eddie Eden Edgar Edie Edith Edmund Edna Eduardo Edvinas Edward Edwin
    Edyta Efe Efrem Efua Egle Ehsan Eileen Eilidh Eilis Eilish Eimear Elaine Eleanor Elena Eleni Eleri Elias Elif Elijah
    Elin Elis Elise Eliza Elizabeth Ella Ellen Ellie Elliot Elliott Ellis Elodie Eloise Elsa Elsie Elspeth Elvis
    Elzbieta Eman Ember Emeka Emer Emilia Emilija Emily Emine Emir Emma Emmanuel Emre Emrys Enda Enid Enzo Eoghan Eoin
    Eren Eric Erica Erikas Erin Ermal Ermias Ernest Ernesto Ernie Errol Esi Esme Esra Estelle Esther Ethan Ethel Euan
    Eugene Eunice Eva Evan Eve Evelina Evelyn Everton Evie Evin Ewa Ewan Ewelina Eyob Ezekiel Ezra Faadumo Fabio Fadumo
    Fahad Fahim Faisal Faith Faiza Fang Farah Fardowsa Farhad Farhan Farhana Farhiya Farooq Farzana Fatih Fatima Fatimah
    Fatma Fatou Fatoumata Favour Fay Faye Fei Felicity Felix Femi Feng Fergal Fergus Ferhat Fern Fernando Feven Ffion
    Fiadh Filip Filipa Filipe Filiz Filmon Finbar Finlay Finley Finn Fiona Fionn Fionnuala Fitzroy Flora Florence Florin
    Folake Folasade Fran Frances Francesca Francesco Francis Francisco Frank Frankie Fraser Fred Freda Freddie Frederick
    Freya Funke Funmilayo Gabor Gabriel Gabriela Gabriella Gabrielle Gail Galina Gang Gareth Garfield Garry Gary Gaurav
    Gavin Gay Gbenga Gediminas Geeta Gemma Gene Genevieve Geoff Geoffrey George Georgia Georgiana Georgie Georgina
    Georgios Geraint Gerald Geraldine Gerard Gerry Gethin Gheorghe Ghulam Giedrius Gift Gilbert Gill Gillian Gina
    Gintare Giovanni Gita Giuseppe Gizem Gladys Glen Glenda Glenn Glenys Gloria Glyn Godwin Gokhan Goncalo Goodluck
    Goran Gordon Grace Gracie Graeme Graham Grainne Grant Grazyna Greg Gregor Gregory Greig Grzegorz Guled Gurdeep
    Gurinder Gurmeet Gurpreet Gurvinder Guy Gwen Gwilym Gwyn Gwyneth Habib Hafsa Hai Haider Haile Hakan Halil Halima
    Halina Hallie Hamdi Hamid Hamish Hamza Hamzah Hana Hanif Hanna Hannah Hans Hao Haoran Harbans Hardeep Haris Harish
    Harjit Harleen Harley Harmony Harold Haroon Harper Harpreet Harriet Harris Harrison Harry Harun Harvey Harvinder
    Hasan Hasina Hassan Hatice Hayden Hayley Hazel Heath Heather Hector Heidi Heledd Helen Helena Helene Henok Henry Herbert
    Hermon Hevin Hiba Hibaq Hilary Hilda Hina Hira Hitesh Hiwot Hoa Hodan Hollie Holly Honey Hong Honor Hope Horace
    Hortense Howard Hua Hubert Huda Hugh Hugo Hui Hulya Hunter Huong Huseyin Hussain Hussein Huw Hyacinth Hywel Iain Ian
    Ianto Ibrahim Ida Idil Idris Iestyn Ieuan Ieva Ifan Ifeanyi Ifeoma Ifrah Iftikhar Ignacio Ignas Igor Ijeoma Ikechukwu Ikram
    Ilhan Ilker Ilyas Iman Imogen Imran Imtiaz Inaya Inderjit Inderpal India Indre Ines Inga Ingrid Innes Innocent Ioan
    Ioana Ion Iona Ionela Ionut Iqbal Iqra Irena Irene Irfan Irina Iris Irma Iryna Isa Isaac Isabel Isabella Isabelle
    Isaiah Ishaan Isla Ismael Ismail Isobel Istvan Iulia Ivan Ivana Ivor Ivy Iwan Iwona Izabela Jacek Jack Jackie
    Jackson Jacob Jacqueline Jacques Jada Jade Jaden Jagdish Jahangir Jaiden Jake Jakub Jamal Jameela James Jamie Jamil
    Jamila Jan Jana Jane Janet Janice Janina Janine Janusz Jaroslaw Jasbir Jasdeep Jaskaran Jasleen Jasmin Jasmine Jason
    Jasper Jaspreet Jaswinder Jatinder Javed Javid Javier Jaxon Jay Jayden Jayne Jean Jeanette Jeff Jeffrey Jemma Jen
    Jennifer Jenny Jenson Jeremiah Jeremy Jermaine Jerome Jerry Jerzy Jess Jesse Jessica Jessie Jesus Jia Jiahui Jian
    Jiang Jianhua Jie Jill Jim Jimmy Jin Jing Jingjing Jo Joan Joana Joanna Joanne Joao Joaquin Jocelyn Jodie Joe Joel Joey
    Joginder John Johnny Jolanta Jon Jonah Jonas Jonathan Jonathon Jonny Jordan Jorge Jose Joseph Josephine Josh Joshua
    Josiah Josie Joy Joyce Jozef Juan Jude Judith Judy Julia Julian Julie Juliet Jun Junaid June Junior Jurgen Jurgita Justice
    Justin Justina Justinas Justine Justyna Jyoti Kabir Kacper Kadir Kai Kajal Kaleb Kamal Kamil Kamila Kamran Kantilal
    Karan Kareem Karim Karima Karl Karol Karolina Karolis Karthik Karwan Kashif Kasun Katarzyna Kate Katharine Katherine
    Kathleen Kathryn Kathy Katie Katrina Katy Kavita Kavitha Kawa Kay Kayden Kayla Kaylee Kayleigh Kayode Kebede Keeley
    Kehinde Keira Keiran Keisha Keith Kelly Kelsey Kemal Kemi Ken Kenneth Kenny Kenzie Kerem Kerrie Kerry Kevin Khadija
    Khadijah Khadra Khaled Khalid Khalil Khurram Kian Kiera Kieran Kieron Killian Kim Kimberley Kimberly King Kinga
    Kingsley Kiran Kirk Kirsten Kirsty Kit Kitty Klaudia Klaus Kofi Konrad Kostas Krishna Kristina Krystyna Krzysztof
    Kuldeep Kulwant Kumar Kumaran Kumari Kunle Kwabena Kwadwo Kwaku Kwame Kwasi Kwesi Kyle Kyriacos Lacey Lachlan Lai
    Laila Lakshmi Lan Lana Lara Larry Laszlo Latoya Laura Lauren Laurence Laurie Laverne Lawrence Layla Leah Leanne Lee
    Lei Leigh Leighton Leila Len Lena Lenny Leo Leon Leonard Leonor Leroy Les Lesley Leslie Levent Levi Lewis Lexi Lexie
    Li Liam Lian Liang Liban Libby Liberty Lidia Lili Lilian Lillian Lilly Lily Lin Lina Lincoln Linda Lindsay Lindsey
    Ling Linh Lisa Liz Lizzie Llewellyn Lloyd Llywelyn Logan Lola Loredana Lorna Lorraine Lottie Louie Louis Louisa
    Louise Lowri Lu Lubna Luca Lucas Lucia Lucian Lucy Luigi Luis Lukas Lukasz Luke Luminita Luna Lydia Lyla Lynn Lynne
    Lynsey Mabel Maciej Mackenzie Madalina Maddie Maddison Madeleine Madeline Madiha Madison Mae Maeve Magdalena Maggie
    Magnus Mahad Mahesh Mahinda Mahmood Mahmoud Mahnoor Mai Maire Mairead Mairi Maisie Maja Majid Major Malachi Malcolm
    Malgorzata Mali Malik Mandeep Mandy Manish Manisha Manjit Manjula Manoj Manon Manpreet Mansoor Mantas Manuel Marcel
    Marcia Marcin Marco Marcus Marek Margaret Margarida Margot Maria Mariam Mariama Marian Mariana Maricel Marie Marilyn
    Marina Mario Marion Marites Marius Mariusz Marivic Marjorie Mark Marlene Marley Marlon Marnie Marshall Marta Martha
    Martin Martyna Marvin Mary Maryam Maryan Marzena Mason Masood Mateo Mateusz Mathew Matilda Matt Matteo Matthew Maud
    Maura Maureen Maurice Mavis Max Maxine Maxwell May Maya Meena Meera Meg Megan Mehdi Mehmet Mehwish Mei Meiling
    Melanie Melek Melissa Melody Melvin Memory Mercy Meron Mert Merve Mervyn Meryem Metin Mhairi Mia Micah Michael
    Michaela Michal Michelle Mick Mickey Miguel Mihaela Mihai Mike Mikolaj Mila Mildred Milena Miles Millie Milly Milo
    Min Mindaugas Ming Minh Miracle Miranda Mircea Mirela Miriam Miroslaw Mirza Mitchell Modestas Mohamad Mohamed
    Mohammad Mohammed Mohamud Mohinder Mohsin Moira Mollie Molly Monica Monika Monique Morag Morgan Morris Moshe Mostafa
    Muhammad Muhammed Mukesh Mukhtar Mumtaz Muna Muriel Murray Murugan Musa Mustafa Myfanwy Myrtle Nabil Nadeem Nadia
    Nadine Naeem Naima Najma Nam Nana Nancy Naomi Nargis Naseem Nasim Nasir Nasreen Nasrin Natalia Natalie Natasha
    Nathan Nathaniel Naveed Navjot Navneet Nazia Nazrul Neal Neelam Neha Neil Nell Nellie Nelson Nerijus Neringa Nerys
    Nevaeh Neve Neville Ngozi Nia Niall Niamh Nicholas Nick Nicky Nico Nicola Nicolae Nicole Nicoleta Nigel Nikhil
    Nikita Nikki Nikola Nikolai Nikos Nilesh Nimal Nimco Nina Ning Nirmala Nirosha Nisha Nkechi Nnamdi Nneka Noah Noel
    Noor Nora Norah Norbert Noreen Norma Norman Nova Nuala Nuno Nur Nurul Nusrat Nuwan Oana Obi Obinna Odhran Ogechi
    Oisin Oksana Olamide Olawale Olayinka Oleg Oleksandr Olena Olga Olha Olive Oliver Olivia Oliwia Ollie Olufemi
    Olumide Olusegun Oluseun Oluwafemi Oluwaseun Oluwaseyi Oluwatobi Oluwatosin Omar Omari Omer Omolara Onur Opeyemi
    Ophelia Orhan Orla Orlaith Orlando Orville Oscar Osian Osman Otis Ottilie Owain Owen Ozan Ozlem Pablo Padraic
    Padraig Paige Pam Pamela Paramjit Paris Parker Parminder Parveen Parvin Pat Patience Patricia Patrick Patrycja
    Patryk Patsy Paul Paula Paulette Paulina Pauline Paulius Paulo Pawel Peace Pearl Pedro Peggy Penelope Peng Penny
    Percival Percy Pete Peter Phil Philip Philippa Phillip Phoebe Phoenix Phuong Phyllis Pierre Pinar Ping Piotr Piper
    Polly Pooja Poppy Povilas Pradeep Praise Prakash Pramod Pranav Prasanna Prashant Precious Prem Preston Primrose
    Prince Princess Priya Priyanka Promise Prosper Przemyslaw Puja Qamar Qasim Qi Qian Qiang Qing Quinn Rabia Rachael
    Rachel Radoslaw Radu Rafael Rafal Raheem Rahel Rahim Rahma Rahul Rain Raj Rajan Rajesh Rajinder Rajiv Rakesh Ralph
    Raluca Ramesh Ramon Ramona Rani Rania Ranjit Raphael Raquel Rasa Rasheed Rashid Rashida Rashmi Raul Ravi Ravinder Ravindra
    Ray Raymond Rayyan Razvan Rebecca Rebekah Rebin Recep Reece Reed Reena Reg Reggie Regina Reginald Rehana Rekha
    Renata Renee Renu Reshma Reuben Reza Rhea Rhian Rhiannon Rhodri Rhona Rhys Ricardo Rich Richard Rick Ricky Riley Rina
    Rishi Rita River Rivka Rizwan Rob Robbie Robel Robert Roberta Robin Robyn Rocco Rochelle Rocky Roda Rodney Rodrigo
    Roger Rohan Rohit Roisin Rojin Rokas Roland Rolando Roman Romeo Ron Ronald Ronaldo Ronan Ronnie Rory Rosa Rosalie
    Rosalind Rosario Rose Rosemary Roshan Rosie Ross Rowan Rowena Roxana Roxanne Roy Royal Ruairi Ruaridh Rubel Ruben
    Rubina Ruby Rui Rukhsana Ruksana Rumana Rupert Russell Ruta Ruth Ruwan Ryan Saad Saba Sabina Sabrina Sachin Sadia
    Sadie Saeed Safia Sagal Sahil Sahra Said Saiful Saima Sajid Saleem Salim Sally Salma Salman Salvatore Sam Samantha
    Sameer Sami Samir Samira Sammy Sampath Samuel Sana Sandeep Sandra Sandy Sangeeta Sani Sanjay Sanjeev Sanjeewa
    Saoirse Saqib Sara Sarah Sasha Satish Saulius Savannah Sayeed Scarlett Scott Seamus Sean Sebastian Seema Segun Selam
    Selim Selin Selina Senait Seren Serenity Sergei Sergio Serkan Seth Seun Sevgi Shabana Shahana Shaheen Shahid Shahin
    Shahzad Shakeel Shakira Shalini Shamim Shamima Shan Shane Shanice Shannon Shantelle Shaquille Sharmin Sharon Shaun
    Shauna Shawn Shay Shazia Sheena Sheila Sheldon Shelley Shelly Shilan Shilpa Shirin Shirley Shlomo Shmuel Shoaib
    Shona Shreya Shukri Shweta Sian Sibel Sid Sidney Sidra Sienna Silvia Simon Simona Simone Simran Sinan Sinead Siobhan
    Sion Sioned Siti Siu Sivakumar Sky Skye Sneha Sofia Sohail Sola Solomon Sonia Sonny Sophia Sophie Soran Sorcha Soren Sorin
    Spencer Stacey Stacy Stan Stanislaw Stanley Stefan Stefania Steffan Stella Steph Stephanie Stephen Steve Steven
    Stevie Stewart Storm Stuart Sue Sukhdev Sukhwinder Suleiman Suleyman Sultan Sultana Sumaiya Suman Summer Sumon
    Sunday Sunil Sunita Sunny Suraj Suresh Surinder Surjit Susan Susana Susannah Susie Suzanne Suzy Svetlana Sydney Syed
    Sylvia Sylwia Szymon Tadas Tadeusz Tadhg Tafadzwa Tahir Taiwo Talha Tamara Tammy Tamsin Tania Tanveer Tanvir Tanya
    Tao Tara Taras Tariq Taslima Tasnim Tatenda Tatiana Tayo Ted Teddy Tegan Temi Temitope Tendai Teodora Terence Teresa
    Terri Terry Tesfaye Tessa Thanh Tharindu Tharshan Thea Theo Theodora Theodore Theresa Thilini Thomas Thu Thuy Tia
    Tiago Tiana Tianna Tiffany Tilly Tim Timothy Tina Tinashe Ting Tingting Tobi Tobias Toby Tolga Tolu Tolulope Tom
    Tomas Tomasz Tommy Tomos Toni Tony Tope Tosin Toyin Tracey Tracy Trang Trevor Trinity Tristan Troy Tuan Tudor Tugba
    Tunde Tyler Tyrone Uche Uchenna Ugne Umair Umar Umut Una Ursula Urszula Usha Usman Uzma Vaida Val Valentin Valentina
    Valerie Van Vanessa Varun Vasco Vasile Vera Verity Vernon Veronica Veronika Vicki Vicky Victor Victoria Vijay Vikas
    Vikram Vincent Vinnie Vinod Violet Violeta Viorel Viorica Virginia Vishal Vitor Vivek Vivian Vivienne Vlad Vladimir
    Volkan Vytautas Wade Wai Wale Wallace Walter Wanda Waqas Warren Waseem Wasim Wayne Wei Wen Wendy Weronika Wesley
    Whitney Wieslaw Wiktor Wiktoria Wilf Wilfred Will William Willie Willow Wilma Wing Winifred Winnie Winsome Winston
    Wisdom Wojciech Wren Wyn Xavier Xenia Xia Xiao Xiaoming Xin Xinyi Xue Yaa Yaakov Yahya Yan Yang Yared Yaseen Yasemin
    Yash Yasin Yasir Yasmeen Yasmin Yaw Yehuda Yemi Yetunde Yiannis Yilmaz Ying Yinka Yitzchak Yogesh Yohannes Yolanda
    Yonas Yong Yordanos Yosef Youssef Yousuf Yu Yue Yulia Yun Yusuf Yves Yvette Yvonne Zac Zachary Zack Zaheer Zahid
    Zahra Zaid Zain Zainab Zakaria Zakariya Zamzam Zana Zane Zaneta Zara Zayn Zaynab Zbigniew Zeeshan Zehra Zeynep Zhen
    Zhi Zhong Zion Zivile Zoe Zofia Zoltan Zoya Zubair Zuzanna
    """

    /// 198 of them that are also ordinary words, months, places or titles: never taken as the start of a name.
    static let ambiguousList = """
    Abu Akin Albert Alexandra Amber Angel April Archer Art August Austin Autumn Bailey Basil Bentley Beverley Bill
    Blessing Blossom Bob Brooklyn Can Carter Charity Chase Chelsea Cherry Chester Chi Christian Cleveland Cliff Clifton
    Comfort Cooper Crystal Daisy Dale Dane Dawn Dean Des Destiny Dev Devon Divine Dolly Don Dot Drew Dudley Duke Earl
    Ebony Ed Eden Ember Emir Eve Everton Faith Fang Favour Fern Florence Frank Gang Gay Gene Georgia Gift Gill Glen
    Grace Grant Guy Harley Harmony Hazel Heath Heather Hector Holly Honey Hong Honor Hope Hunter India Innocent Ion Iona
    Iris Ivy Jack Jade Jan Jasmine Jay Jesus Jordan Joy Jun June Junior Justice King Kirk Kit Kitty Les Liberty Lily
    Lincoln Major Mali Marina Mark Marshall Mason Matt Max May Melody Memory Mercy Miles Min Miracle Myrtle Nam Nana
    Nick Noel Olive Paris Parker Pat Patience Peace Pearl Penny Phoenix Ping Piper Poppy Praise Precious Preston
    Primrose Prince Princess Promise Prosper Rain Ray Reed Reg Regina Rich River Rob Robin Rocky Rose Rosemary Rowan
    Royal Ruby Said Sandy Savannah Serenity Sky Skye Stanley Stella Storm Sue Sultan Sultana Summer Sunday Sunny Sydney
    Thu Trinity Tyrone Van Verity Victoria Violet Wade Will Willow Wing Wisdom Wren
    """
}
